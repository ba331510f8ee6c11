"""Unit tests of the Python harness runtime, run in the python runner image (runtime.int.ts)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import tryout_harness as h  # noqa: E402


class Conversions(unittest.TestCase):
    def test_list_round_trip(self):
        self.assertEqual(h._from_list(h._to_list([1, 2, 3])), [1, 2, 3])
        self.assertIsNone(h._to_list([]))
        self.assertEqual(h._ret(None, 'ListNode', 0), [])

    def test_tree_round_trip_keeps_level_order_gaps(self):
        order = [1, None, 2, 3]
        self.assertEqual(h._from_tree(h._to_tree(order)), order)
        self.assertIsNone(h._to_tree([None]))

    def test_arguments_are_checked(self):
        self.assertEqual(h._arg([1, 2], 'double', 1), [1.0, 2.0])
        with self.assertRaises(ValueError):
            h._arg(True, 'int', 0)
        with self.assertRaises(ValueError):
            h._arg('x', 'long', 0)
        with self.assertRaises(ValueError):
            h._arg(5, 'int', 1)

    def test_big_integers_stay_exact(self):
        self.assertEqual(h._arg(2**63 - 1, 'long', 0), 9223372036854775807)


class Results(unittest.TestCase):
    def test_results_are_copies(self):
        value = [[1], [2]]
        copy = h._ret(value, 'int', 2)
        value[0].append(9)
        self.assertEqual(copy, [[1], [2]])

    def test_iterables_become_lists_but_strings_do_not(self):
        self.assertEqual(h._ret((1, 2), 'int', 1), [1, 2])
        with self.assertRaises(h.CandidateError):
            h._ret('ab', 'string', 1)

    def test_values_json_cannot_hold_are_the_candidates_fault(self):
        with self.assertRaises(h.CandidateError):
            h._ret(float('nan'), 'double', 0)
        with self.assertRaises(h.CandidateError):
            h._ret([1.0, float('inf')], 'double', 1)

    def test_cycles_are_the_candidates_fault(self):
        head = h._to_list([1, 2])
        head.next.next = head
        with self.assertRaises(h.CandidateError):
            h._from_list(head)
        root = h._to_tree([1, 2])
        root.right = root.left
        with self.assertRaises(h.CandidateError):
            h._from_tree(root)

    def test_void_is_null(self):
        self.assertIsNone(h._ret(42, 'void', 0))


if __name__ == '__main__':
    unittest.main(verbosity=2)
