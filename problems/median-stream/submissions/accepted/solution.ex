defmodule MedianFinder do
  # Two halves in the process dictionary, as ordered sets of {value, unique id} (duplicates allowed):
  # the lower half's largest and the upper half's smallest are the middle values.

  @spec init_() :: any
  def init_() do
    Process.put(:median, {:gb_sets.new(), :gb_sets.new(), 0})
  end

  @spec add_num(num :: integer) :: any
  def add_num(num) do
    {low, high, id} = Process.get(:median)
    {top, low} = :gb_sets.take_largest(:gb_sets.add({num, id}, low))
    high = :gb_sets.add(top, high)

    {low, high} =
      if :gb_sets.size(high) > :gb_sets.size(low) do
        {smallest, high} = :gb_sets.take_smallest(high)
        {:gb_sets.add(smallest, low), high}
      else
        {low, high}
      end

    Process.put(:median, {low, high, id + 1})
  end

  @spec find_median() :: float
  def find_median() do
    {low, high, _} = Process.get(:median)
    {a, _} = :gb_sets.largest(low)

    if :gb_sets.size(low) > :gb_sets.size(high) do
      a / 1
    else
      {b, _} = :gb_sets.smallest(high)
      (a + b) / 2
    end
  end
end
