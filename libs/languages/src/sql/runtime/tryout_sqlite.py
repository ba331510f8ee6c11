"""Tryout's SQLite runner (docs/sandbox.md, "SQL"; the shared part is tryout_sql.py).

prepare (the compile step): checks that query.sql is one query and that it compiles against the
schema (syntax and unknown names are compile errors). run <ms> (one test): a fresh in-memory
database, schema.sql and the test's data script (stdin) loaded, then the query under an
authorizer that allows reading only (no ATTACH, no PRAGMA, no writes, no load_extension), a
progress handler that stops it at the time limit, and a cap on the rows fetched.
"""

import sqlite3
import sys
import time

import tryout_sql as common

A = sqlite3
# What a query may do: read tables and columns, call (non-denied) functions, recurse.
ALLOWED = {A.SQLITE_SELECT, A.SQLITE_READ, A.SQLITE_FUNCTION, A.SQLITE_RECURSIVE}
DENIED_FUNCTIONS = {'load_extension', 'readfile', 'writefile', 'edit', 'fts3_tokenizer', 'sqlite_offset'}
PROGRESS_STEPS = 10000


def authorizer(action, arg1, arg2, _db, _trigger):
    if action == A.SQLITE_FUNCTION:
        return A.SQLITE_DENY if (arg2 or '').lower() in DENIED_FUNCTIONS else A.SQLITE_OK
    return A.SQLITE_OK if action in ALLOWED else A.SQLITE_DENY


def fresh_database(schema, data=None):
    conn = sqlite3.connect(':memory:', isolation_level=None)
    conn.execute('PRAGMA foreign_keys = ON')
    conn.executescript(schema)
    if data is not None and data.strip():
        try:
            conn.executescript(data)
        except sqlite3.Error as err:
            return None, err
    return conn, None


def lock_down(conn):
    conn.set_authorizer(authorizer)
    # No attached files, no temp files on disk, a small cache: the database stays in memory.
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024)


def prepare():
    try:
        query = common.single_query(common.read_work_file('query.sql'))
    except common.StatementError as err:
        common.fail_statement(err)
    conn, _ = fresh_database(common.read_work_file('schema.sql'))
    lock_down(conn)
    try:
        conn.execute('EXPLAIN ' + query).fetchall()
    except sqlite3.Warning:
        common.fail_statement('only one statement is allowed')
    except sqlite3.Error as err:
        common.fail_statement(err)


def run(argv):
    limit_ms = common.time_limit_ms(argv)
    query = common.single_query(common.read_work_file('query.sql'))
    conn, error = fresh_database(common.read_work_file('schema.sql'), sys.stdin.read())
    if error is not None:
        common.write_outcome({'status': 'data_error', 'message': common.short(error)})
        return
    lock_down(conn)
    deadline = time.monotonic() + limit_ms / 1000
    timed_out = []

    def progress():
        if time.monotonic() > deadline:
            timed_out.append(True)
            return 1
        return 0

    conn.set_progress_handler(progress, PROGRESS_STEPS)
    try:
        cur = conn.execute(query)
        rows = cur.fetchmany(common.ROW_LIMIT + 1)
        if len(rows) > common.ROW_LIMIT:
            common.write_outcome({'status': 'row_limit', 'limit': common.ROW_LIMIT})
            return
        columns = [d[0] for d in cur.description or []]
        common.write_outcome({'status': 'ok', 'columns': columns, 'rows': common.encode_rows(rows)})
    except sqlite3.Error as err:
        if timed_out:
            common.write_outcome({'status': 'timeout'})
        else:
            common.write_outcome({'status': 'error', 'message': common.short(err)})
    except (sqlite3.Warning, ValueError, OverflowError) as err:
        common.write_outcome({'status': 'error', 'message': common.short(err)})


def main(argv):
    if len(argv) >= 2 and argv[1] == 'prepare':
        prepare()
    elif len(argv) >= 2 and argv[1] == 'run':
        run(argv)
    else:
        sys.stderr.write('usage: tryout_sqlite.py prepare | run <time limit ms>\n')
        sys.exit(2)


if __name__ == '__main__':
    main(sys.argv)
