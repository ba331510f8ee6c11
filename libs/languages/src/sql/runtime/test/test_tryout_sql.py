"""Tests of the SQL runners, run in a runner image: `python3 -B test/test_tryout_sql.py <dialect>`.

The shared part (statement check, value encoding) is tested in both images; each dialect's runner
end to end (prepare, then a test) in its own image, as the sandbox user, in a scratch work dir.
"""

import datetime
import decimal
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
RUNTIME = os.path.dirname(HERE)
sys.path.insert(0, RUNTIME)

import tryout_sql as common  # noqa: E402

DIALECT = sys.argv[1] if len(sys.argv) > 1 else 'sqlite'

SCHEMA = """
CREATE TABLE employee (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40) NOT NULL,
  salary NUMERIC(10,2),
  hired DATE
);
"""
DATA = """
INSERT INTO employee (id, name, salary, hired) VALUES (1, 'Ann', 120.50, '2020-01-31');
INSERT INTO employee (id, name, salary, hired) VALUES (2, 'Bob', NULL, '2021-06-01');
"""


class SingleQueryTest(unittest.TestCase):
    def test_accepts_one_query_with_trailing_semicolons_and_comments(self):
        self.assertEqual(common.single_query('SELECT 1;;  \n'), 'SELECT 1\n')
        self.assertEqual(common.single_query('-- the answer\nWITH t AS (SELECT 1) SELECT * FROM t;'),
                         '-- the answer\nWITH t AS (SELECT 1) SELECT * FROM t\n')
        common.single_query("SELECT ';' AS semi, \"a;b\" FROM t /* ; */")
        common.single_query("SELECT $x$;$x$, E'\\';' ")
        common.single_query('(SELECT 1) UNION (SELECT 2)')
        common.single_query('VALUES (1), (2)')

    def test_refuses_more_than_one_statement(self):
        with self.assertRaises(common.StatementError):
            common.single_query('SELECT 1; SELECT 2')
        with self.assertRaises(common.StatementError):
            common.single_query("SELECT 'x'; DROP TABLE employee")

    def test_refuses_what_is_not_a_query(self):
        for sql in ['DELETE FROM employee', 'COPY employee TO PROGRAM \'id\'', 'CREATE EXTENSION dblink',
                    'SET ROLE postgres', 'DROP DATABASE tryout_template', 'ATTACH DATABASE \'x\' AS y',
                    'PRAGMA writable_schema = 1', '', '  ;  ', '-- nothing']:
            with self.assertRaises(common.StatementError, msg=sql):
                common.single_query(sql)

    def test_refuses_unterminated_literals(self):
        for sql in ["SELECT 'x", 'SELECT "x', 'SELECT /* x', 'SELECT $a$ x']:
            with self.assertRaises(common.StatementError, msg=sql):
                common.single_query(sql)


class EncodeTest(unittest.TestCase):
    def test_values(self):
        self.assertEqual(common.encode_value(decimal.Decimal('12.50')), 12.5)
        self.assertEqual(common.encode_value(decimal.Decimal('3.00')), 3)
        self.assertEqual(common.encode_value(datetime.date(2024, 2, 29)), '2024-02-29')
        self.assertEqual(common.encode_value(datetime.datetime(2024, 2, 29, 13, 5, 7)), '2024-02-29 13:05:07')
        self.assertEqual(common.encode_value(None), None)
        self.assertEqual(common.encode_value(''), '')
        self.assertEqual(common.encode_value(True), True)
        self.assertEqual(common.encode_value(float('nan')), 'nan')
        self.assertEqual(common.encode_value(b'\x01\xff'), '\\x01ff')


def run_runner(work, *args, stdin=''):
    """Runs the dialect's runner in `work`. Without an fd 3 the runner writes its outcome on stdout."""
    # The PostgreSQL server's files go in the work dir here (in the sandbox: its own tmpfs).
    env = dict(os.environ, TRYOUT_PG_SERVER_DIR=work)
    proc = subprocess.run(
        ['python3', '-B', os.path.join(work, 'tryout_%s.py' % DIALECT), *args],
        cwd=work, input=stdin.encode(), capture_output=True, close_fds=True, env=env)
    out = proc.stdout.decode().strip()
    return proc.returncode, proc.stderr.decode(), json.loads(out) if out else None


class RunnerTest(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.mkdtemp(dir=os.getcwd())
        for name in ('tryout_sql.py', 'tryout_%s.py' % DIALECT):
            shutil.copy(os.path.join(RUNTIME, name), self.work)
        with open(os.path.join(self.work, 'schema.sql'), 'w') as f:
            f.write(SCHEMA)

    def tearDown(self):
        self.stop_server()
        shutil.rmtree(self.work, ignore_errors=True)

    def stop_server(self):
        """In the sandbox the supervisor stops the server when the job ends; here the test does."""
        pid_file = os.path.join(self.work, 'pg', 'postmaster.pid')
        if os.path.exists(pid_file):
            with open(pid_file) as f:
                pid = int(f.readline().strip() or 0)
            if pid:
                try:
                    os.kill(pid, signal.SIGQUIT)
                except ProcessLookupError:
                    pass
                for _ in range(500):
                    try:
                        os.kill(pid, 0)
                    except ProcessLookupError:
                        break
                    time.sleep(0.01)

    def judge(self, query, data=DATA, limit_ms=2000, tests=1):
        """prepare, then `tests` runs of the same data (one job): the last run's outcome."""
        self.stop_server()
        with open(os.path.join(self.work, 'query.sql'), 'w') as f:
            f.write(query)
        code, err, _ = run_runner(self.work, 'prepare')
        if code != 0:
            return {'status': 'compile_error', 'message': err}
        for _ in range(tests):
            _, _, outcome = run_runner(self.work, 'run', str(limit_ms), stdin=data)
        return outcome

    def test_each_test_starts_from_the_template(self):
        # The second test loads the same rows again: a database kept from the first would hold
        # duplicate keys (a data_error) or twice the rows.
        outcome = self.judge('SELECT count(*) AS n FROM employee', tests=2)
        self.assertEqual(outcome, {'status': 'ok', 'columns': ['n'], 'rows': [[2]]})

    @unittest.skipIf(DIALECT != 'postgresql', 'a warm server is PostgreSQL only')
    def test_what_earlier_tests_did_to_the_cluster_is_not_readable(self):
        for query in ['SELECT pg_current_wal_lsn()', 'SELECT txid_current()', 'SELECT pg_current_xact_id()',
                      'SELECT * FROM pg_stat_database', 'SELECT * FROM pg_stat_wal', 'SELECT pg_backend_pid()',
                      'SELECT * FROM pg_stat_activity', "SELECT pg_database_size('tryout_test')"]:
            outcome = self.judge(query)
            # Refused when planned (a compile error) or when run: either way, not read.
            self.assertIn('permission denied', outcome.get('message', ''), query)
        # Every test's database has the same OID (a new one would count what earlier tests created).
        first = self.judge("SELECT oid FROM pg_database WHERE datname = current_database()", tests=1)
        again = self.judge("SELECT oid FROM pg_database WHERE datname = current_database()", tests=3)
        self.assertEqual(first, again)

    def test_result_set(self):
        outcome = self.judge('SELECT name, salary, hired FROM employee ORDER BY id;')
        self.assertEqual(outcome, {'status': 'ok', 'columns': ['name', 'salary', 'hired'],
                                   'rows': [['Ann', 120.5, '2020-01-31'], ['Bob', None, '2021-06-01']]})

    def test_not_a_query_is_a_compile_error(self):
        self.assertEqual(self.judge('DELETE FROM employee')['status'], 'compile_error')
        self.assertEqual(self.judge('SELECT nope FROM employee')['status'], 'compile_error')

    def test_runtime_error(self):
        outcome = self.judge('SELECT 1 / (id - id) FROM employee' if DIALECT == 'postgresql'
                             else "SELECT json_extract('{', '$') FROM employee")
        self.assertEqual(outcome['status'], 'error')

    def test_endless_recursion_hits_the_row_limit(self):
        outcome = self.judge('WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r')
        self.assertEqual(outcome, {'status': 'row_limit', 'limit': common.ROW_LIMIT})

    def test_slow_query_times_out(self):
        query = ('SELECT pg_sleep(100)' if DIALECT == 'postgresql' else
                 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 100000000) '
                 'SELECT count(*) FROM r')
        self.assertEqual(self.judge(query, limit_ms=300)['status'], 'timeout')

    def test_bad_data_script(self):
        self.assertEqual(self.judge('SELECT 1', data='INSERT INTO nope VALUES (1);')['status'], 'data_error')


if __name__ == '__main__':
    unittest.main(argv=[sys.argv[0]], verbosity=1)
