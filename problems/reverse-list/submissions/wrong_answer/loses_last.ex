# Stops while the current node still has a successor, so the final node is never relinked.
defmodule Solution do
  @spec reverse_list(head :: ListNode.t() | nil) :: ListNode.t() | nil
  def reverse_list(head), do: reverse(head, nil)

  defp reverse(%ListNode{val: val, next: %ListNode{} = next}, acc), do: reverse(next, %ListNode{val: val, next: acc})
  defp reverse(last, nil), do: last
  defp reverse(_last, acc), do: acc
end
