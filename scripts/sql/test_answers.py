"""Unit tests of answers.py's pure parts: python3 -m unittest discover -s scripts/sql"""

import tempfile
import unittest
from pathlib import Path

import answers


class StripQuery(unittest.TestCase):
    def test_drops_trailing_semicolons_and_comments(self):
        self.assertEqual(answers.strip_query("SELECT 1;\n-- done\n\n"), "SELECT 1")
        self.assertEqual(answers.strip_query("-- why\nSELECT 1 ;;"), "-- why\nSELECT 1")


class Number(unittest.TestCase):
    def test_integral_values_become_ints(self):
        self.assertEqual(answers.number("12.00"), 12)
        self.assertIsInstance(answers.number("12.00"), int)
        self.assertEqual(answers.number("12.50"), 12.5)
        self.assertEqual(answers.number("-0.5"), -0.5)


class SameResult(unittest.TestCase):
    def rs(self, columns, rows):
        return {"columns": columns, "rows": rows}

    def test_numbers_by_value_and_names_case_insensitively(self):
        a = self.rs(["Total"], [[12.5], [3]])
        b = self.rs(["total"], [[12.50000000001], [3.0]])
        self.assertTrue(answers.same_result(a, b, ordered=True))

    def test_null_is_not_empty_text(self):
        self.assertFalse(answers.same_result(self.rs(["x"], [[None]]), self.rs(["x"], [[""]]), True))

    def test_order_matters_only_when_ordered(self):
        a = self.rs(["x"], [[1], [None], ["b"]])
        b = self.rs(["x"], [["b"], [1], [None]])
        self.assertFalse(answers.same_result(a, b, ordered=True))
        self.assertTrue(answers.same_result(a, b, ordered=False))

    def test_row_count_and_duplicates_count(self):
        self.assertFalse(answers.same_result(self.rs(["x"], [[1], [1]]), self.rs(["x"], [[1]]), False))


class Submissions(unittest.TestCase):
    def test_dialect_suffix_limits_the_dialects(self):
        with tempfile.TemporaryDirectory() as tmp:
            for name in ("a.sql", "b.postgresql.sql", "c.sqlite.sql"):
                (Path(tmp) / name).write_text("SELECT 1;")
            got = [(n, d) for n, d, _ in answers.submissions(Path(tmp), ["postgresql", "sqlite"])]
        self.assertEqual(
            got,
            [("a.sql", "postgresql"), ("a.sql", "sqlite"), ("b.postgresql.sql", "postgresql"),
             ("c.sqlite.sql", "sqlite")],
        )


if __name__ == "__main__":
    unittest.main()
