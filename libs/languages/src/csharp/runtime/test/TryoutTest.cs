// Tests of the C# harness runtime, run in the runner image (Mono has no test framework there):
// mcs -out:runtime_test.exe test/TryoutTest.cs Tryout.cs ListNode.cs TreeNode.cs && mono runtime_test.exe
using System;
using System.Collections.Generic;
using System.Linq;

public static class TryoutTest
{
    static int failed;
    static int passed;

    static void Check(string name, Action test)
    {
        try
        {
            test();
            passed++;
            Console.WriteLine("ok   " + name);
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine("FAIL " + name + ": " + e.Message);
        }
    }

    static void Equal<T>(T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw new Exception("expected <" + expected + ">, got <" + actual + ">");
    }

    static void Throws<E>(Action action) where E : Exception
    {
        try { action(); }
        catch (E) { return; }
        throw new Exception("expected " + typeof(E).Name);
    }

    static T Read<T>(string text) { return TryoutRuntime.ArgLine<T>(text); }

    public static int Main()
    {
        Check("parses scalars, longs exactly", () =>
        {
            Equal(long.MaxValue, Read<long>("9223372036854775807"));
            Equal(int.MinValue, Read<int>("-2147483648"));
            Equal(1e300, Read<double>("1e300"));
            Equal(-0.0025, Read<double>("-2.5E-3"));
            Equal(true, Read<bool>(" true "));
            Equal("-12.5e+3", ((TryoutNumber)TryoutRuntime.Parse("-12.5e+3")).Text);
        });
        Check("refuses malformed JSON and wrong types", () =>
        {
            foreach (var bad in new[] { "", "[1,", "[1 2]", "01", "1.", "-", "tru", "\"a", "[1]x", "{}", "\"\u0001\"" })
                Throws<TryoutInputException>(() => TryoutRuntime.Parse(bad));
            Throws<TryoutInputException>(() => Read<int>("2147483648"));
            Throws<TryoutInputException>(() => Read<int>("1.5"));
            Throws<TryoutInputException>(() => Read<string>("1"));
            Throws<TryoutInputException>(() => Read<int[]>("[1,\"2\"]"));
        });
        Check("decodes escapes; surrogate pairs stay pairs", () =>
        {
            Equal("a\"b\\c/d\n\t\u00e9\ud83d\ude00\u20ac", Read<string>("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00\\u20ac\""));
        });
        Check("reads nested arrays", () =>
        {
            var g = Read<string[][]>("[[\"a\",\"\"],[]]");
            Equal(2, g.Length);
            Equal("a|", string.Join("|", g[0]));
            Equal(0, g[1].Length);
            Equal("True,False", string.Join(",", Read<bool[][]>("[[true,false]]")[0]));
        });
        Check("writes arrays, lists and IList<IList<int>> alike", () =>
        {
            Equal("[4611686018427387904,-4611686018427387904]", TryoutRuntime.ToJson(new[] { 1L << 62, -(1L << 62) }));
            IList<IList<int>> nested = new List<IList<int>> { new List<int> { 1, 2 }, new int[0] };
            Equal("[[1,2],[]]", TryoutRuntime.ToJson(nested));
            Equal("[true,false]", TryoutRuntime.ToJson(new[] { true, false }));
            Equal("\"q\\\"\\\\\\n\\u0001\u00e9\"", TryoutRuntime.ToJson("q\"\\\n\u0001\u00e9"));
            Equal("null", TryoutRuntime.ToJson(null));
        });
        Check("every written double reads back the same", () =>
        {
            foreach (double x in new[] { 0.1, 1.0 / 3, -2.5e-3 / 3, 2e300, 5e-324, 123456789.123 })
                Equal(x, Read<double>(TryoutRuntime.ToJson(x)));
        });
        Check("refuses NaN and infinities", () =>
        {
            Throws<InvalidOperationException>(() => TryoutRuntime.ToJson(double.NaN));
            Throws<InvalidOperationException>(() => TryoutRuntime.ToJson(new[] { double.PositiveInfinity }));
        });
        Check("builds and writes lists; null is the empty list", () =>
        {
            ListNode l = TryoutRuntime.ToList(TryoutRuntime.Parse("[1,2,3]"));
            Equal(2, l.next.val);
            Equal("[1,2,3]", TryoutRuntime.ListJson(l));
            Equal(null, TryoutRuntime.ToList(TryoutRuntime.Parse("[]")));
            Equal("[]", TryoutRuntime.ListJson(null));
            Equal("[7,8]", TryoutRuntime.ListJson(new ListNode(7, new ListNode(8))));
        });
        Check("refuses a list with a cycle", () =>
        {
            var a = new ListNode(1);
            a.next = new ListNode(2, a);
            Throws<InvalidOperationException>(() => TryoutRuntime.ListJson(a));
        });
        Check("builds and writes trees in level order", () =>
        {
            foreach (var text in new[] { "[4,2,7,1,3,6,9]", "[1,null,2,3]", "[]", "[1,2]", "[3,9,20,null,null,15,7]" })
                Equal(text, TryoutRuntime.TreeJson(TryoutRuntime.ToTree(TryoutRuntime.Parse(text))));
            Equal("[1,2]", TryoutRuntime.TreeJson(TryoutRuntime.ToTree(TryoutRuntime.Parse("[1,2,null,null,null]"))));
        });
        Check("refuses a tree with a shared node", () =>
        {
            var leaf = new TreeNode(2);
            Throws<InvalidOperationException>(() => TryoutRuntime.TreeJson(new TreeNode(1, leaf, leaf)));
        });
        Console.WriteLine(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
