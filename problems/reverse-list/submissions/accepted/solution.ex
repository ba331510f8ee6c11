# Definition for singly-linked list.
#
# defmodule ListNode do
#   @type t :: %__MODULE__{
#           val: integer,
#           next: ListNode.t() | nil
#         }
#   defstruct val: 0, next: nil
# end

defmodule Solution do
  @spec reverse_list(head :: ListNode.t() | nil) :: ListNode.t() | nil
  def reverse_list(head), do: reverse(head, nil)

  defp reverse(nil, acc), do: acc
  defp reverse(%ListNode{val: val, next: next}, acc), do: reverse(next, %ListNode{val: val, next: acc})
end
