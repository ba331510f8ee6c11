# Entry point of an Elixir function/design job: the runtime and solution.ex are compiled beside it.
Tryout.Harness.main(File.cwd!())
