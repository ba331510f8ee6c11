#!/usr/bin/env python3
"""Write the .ans files of a SQL problem and check its submissions (catalog authoring tool).

Usage: python3 scripts/sql/answers.py problems/<slug> [more problem folders...]

For every data/**/*.in of a `type: sql` problem, the tool loads schema.sql and the .in into each
dialect the problem offers (problem.yaml `sql.dialects`):
  - postgresql: the host PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), in a
    throwaway database created for this run and dropped after it; each test runs inside a
    transaction that is rolled back, through `psql` (CSV output + `\\gdesc` for column types);
  - sqlite: python's sqlite3, in memory.
It runs the reference submissions/accepted/*.sql (`x.sql` in every dialect, `x.postgresql.sql` /
`x.sqlite.sql` in that dialect only), checks that every accepted submission and every dialect agree
(column names case-insensitively, numbers by value, NULL distinct from '', row order only when
`sql.ordered`), and writes the .ans JSON ({"columns": [...], "rows": [[...], ...]}; numbers as JSON
numbers, NULL as null) from the first accepted submission, PostgreSQL preferred.

It then runs every submissions/wrong_answer/*.sql and fails if one of them produces the expected
answer on every test in some dialect (a wrong answer the tests do not catch) or fails with an error
(the judge would call that a runtime error). Exit code 0 = all good.

Tests of the pure parts: python3 -m unittest discover -s scripts/sql
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from decimal import Decimal
from pathlib import Path

import yaml  # PyYAML (Debian python3-yaml)

DIALECTS = ("postgresql", "sqlite")
PG_NUMERIC = re.compile(r"^(smallint|integer|bigint|numeric|real|double precision|decimal)\b")
PG_ENV = {
    "PGHOST": os.environ.get("PGHOST", "127.0.0.1"),
    "PGPORT": os.environ.get("PGPORT", "5432"),
    "PGUSER": os.environ.get("PGUSER", "postgres"),
}


class SqlError(Exception):
    pass


def strip_query(text: str) -> str:
    """The statement without trailing semicolons, whitespace and line comments."""
    lines = text.rstrip().splitlines()
    while lines and (not lines[-1].strip() or lines[-1].strip().startswith("--")):
        lines.pop()
    query = "\n".join(lines).rstrip()
    while query.endswith(";"):
        query = query[:-1].rstrip()
    return query


def number(text: str) -> int | float:
    value = Decimal(text)
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    return float(value)


def psql(args: list[str], script: str | None = None, db: str = "postgres") -> str:
    proc = subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, *args],
        input=script,
        capture_output=True,
        text=True,
        env={**os.environ, **PG_ENV},
    )
    if proc.returncode != 0:
        raise SqlError(proc.stderr.strip())
    return proc.stdout


def run_postgresql(db: str, schema: str, data: str, query: str, tmp: Path) -> dict:
    desc, rows = tmp / "desc.csv", tmp / "rows.csv"
    for f in (desc, rows):
        f.unlink(missing_ok=True)
    script = "\n".join(
        [
            "SET TIME ZONE 'UTC';",
            "BEGIN;",
            schema,
            data,
            "\\pset format csv",
            "\\pset null '\\\\N'",
            f"\\o {desc}",
            query,
            "\\gdesc",
            f"\\o {rows}",
            query,
            ";",
            "\\o",
            "ROLLBACK;",
            "",
        ]
    )
    psql([], script, db)
    types = [r[1] for r in list(csv.reader(desc.open(newline="")))[1:]]
    table = list(csv.reader(rows.open(newline="")))
    columns, out = table[0], []
    for raw in table[1:]:
        row = []
        for value, typ in zip(raw, types):
            if value == "\\N":
                row.append(None)
            elif PG_NUMERIC.match(typ):
                row.append(number(value))
            elif typ == "boolean":
                raise SqlError("boolean result column (not portable): return 'yes'/'no' or 0/1")
            else:
                row.append(value)
        out.append(row)
    return {"columns": columns, "rows": out}


def run_sqlite(schema: str, data: str, query: str) -> dict:
    con = sqlite3.connect(":memory:")
    try:
        con.executescript(schema)
        con.executescript(data)
        cur = con.execute(query)
        columns = [d[0] for d in cur.description]
        rows = [
            [number(str(v)) if isinstance(v, float) and math.isfinite(v) else v for v in r]
            for r in cur.fetchall()
        ]
        if any(isinstance(v, bytes) for r in rows for v in r):
            raise SqlError("blob in result")
        return {"columns": columns, "rows": rows}
    except sqlite3.Error as e:
        raise SqlError(str(e)) from e
    finally:
        con.close()


def same_value(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    num = (int, float)
    if isinstance(a, num) and isinstance(b, num) and not isinstance(a, bool):
        return a == b or abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))
    return isinstance(a, str) and isinstance(b, str) and a == b


def sort_key(row: list):
    return [(v is None, isinstance(v, str), v if v is not None else 0) for v in row]


def same_result(got: dict, want: dict, ordered: bool) -> bool:
    if [c.lower() for c in got["columns"]] != [c.lower() for c in want["columns"]]:
        return False
    if len(got["rows"]) != len(want["rows"]):
        return False
    a, b = got["rows"], want["rows"]
    if not ordered:
        a, b = sorted(a, key=sort_key), sorted(b, key=sort_key)
    return all(
        len(x) == len(y) and all(same_value(u, v) for u, v in zip(x, y)) for x, y in zip(a, b)
    )


def submissions(folder: Path, dialects: list[str]) -> list[tuple[str, str, str]]:
    """(name, dialect, query) for every .sql file, per dialect it is judged in."""
    out = []
    for f in sorted(folder.glob("*.sql")) if folder.is_dir() else []:
        parts = f.name.split(".")
        only = parts[-2] if len(parts) >= 3 and parts[-2] in DIALECTS else None
        for d in dialects:
            if only in (None, d):
                out.append((f.name, d, strip_query(f.read_text())))
    return out


def check_problem(problem: Path) -> list[str]:
    meta = yaml.safe_load((problem / "problem.yaml").read_text())
    if meta.get("type") != "sql":
        return [f"{problem}: not a sql problem"]
    sql = meta.get("sql") or {}
    dialects = [d for d in DIALECTS if d in sql.get("dialects", [])]
    ordered = bool(sql.get("ordered", True))
    schema = (problem / "schema.sql").read_text()
    tests = sorted(problem.glob("data/**/*.in"))
    accepted = submissions(problem / "submissions" / "accepted", dialects)
    wrong = submissions(problem / "submissions" / "wrong_answer", dialects)
    errors: list[str] = []
    if not accepted:
        return [f"{problem}: no accepted submission"]
    db = f"answers_{uuid.uuid4().hex[:12]}"
    use_pg = "postgresql" in dialects
    if use_pg:
        psql(["-c", f"CREATE DATABASE {db}"])
    caught = {(n, d): False for n, d, _ in wrong}
    try:
        with tempfile.TemporaryDirectory() as tmpdir:
            tmp = Path(tmpdir)

            def run(dialect: str, data: str, query: str) -> dict:
                if dialect == "postgresql":
                    return run_postgresql(db, schema, data, query, tmp)
                return run_sqlite(schema, data, query)

            for test in tests:
                data = test.read_text()
                results = []
                for name, dialect, query in accepted:
                    try:
                        results.append((name, dialect, run(dialect, data, query)))
                    except SqlError as e:
                        errors.append(f"{test}: accepted {name} [{dialect}] failed: {e}")
                if not results:
                    continue
                first = sorted(results, key=lambda r: r[1] != "postgresql")[0]
                want = first[2]
                for name, dialect, got in results:
                    if not same_result(got, want, ordered):
                        errors.append(
                            f"{test}: accepted {name} [{dialect}] disagrees with "
                            f"{first[0]} [{first[1]}]:\n  {got}\n  {want}"
                        )
                rows = want["rows"] if ordered else sorted(want["rows"], key=sort_key)
                ans = json.dumps({"columns": want["columns"], "rows": rows}, ensure_ascii=False)
                test.with_suffix(".ans").write_text(ans + "\n")
                for name, dialect, query in wrong:
                    try:
                        got = run(dialect, data, query)
                        if not same_result(got, want, ordered):
                            caught[(name, dialect)] = True
                    except SqlError as e:
                        errors.append(
                            f"{test}: wrong_answer {name} [{dialect}] fails with an error "
                            f"(judged as a runtime error, not a wrong answer): {e}"
                        )
    finally:
        if use_pg:
            psql(["-c", f"DROP DATABASE IF EXISTS {db}"])
    for (name, dialect), ok in caught.items():
        if not ok:
            errors.append(f"{problem}: wrong_answer {name} [{dialect}] passes every test")
    if not wrong:
        errors.append(f"{problem}: no wrong_answer submission")
    print(f"{problem}: {len(tests)} tests, {len(accepted)} accepted runs, "
          f"{len(wrong)} wrong runs, {'OK' if not errors else 'FAILED'}")
    return errors


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    errors = []
    for arg in argv:
        errors += check_problem(Path(arg))
    for e in errors:
        print("error:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
