"""Tryout's SQL runner, the part both dialects share (docs/sandbox.md, "SQL").

The judge puts this file, the dialect's runner (tryout_postgresql.py or tryout_sqlite.py), the
problem's schema.sql and the candidate's query.sql in the work dir. `prepare` (the compile step)
checks that query.sql is exactly one query; `run <time limit ms>` (one test) reads the test's
data script on stdin and writes one JSON object on fd 3:

    {"status": "ok", "columns": [...], "rows": [[...], ...]}
    {"status": "timeout"} | {"status": "row_limit", "limit": N}
    {"status": "error", "message": "..."}        the statement failed (the candidate's)
    {"status": "data_error", "message": "..."}   the data script failed to load

Values: integers and decimals as JSON numbers, text as strings, NULL as null, dates as
YYYY-MM-DD, timestamps as YYYY-MM-DD HH:MM:SS[.ffffff], booleans as true/false.
"""

import datetime
import decimal
import json
import math
import os
import sys

# Rows fetched at most: one more is an endless recursive CTE or a cross join gone wild.
ROW_LIMIT = 10000
# What a message to the candidate may hold.
MESSAGE_CAP = 2000
QUERY_KEYWORDS = ('select', 'with', 'values', 'table')
RESULT_FD = 3


def _has_result_fd():
    try:
        os.fstat(RESULT_FD)
        return True
    except OSError:
        return False


# Asked once at start, before the runner opens files or pipes of its own (one could take fd 3).
HAS_RESULT_FD = _has_result_fd()


class StatementError(Exception):
    """query.sql is not exactly one query: the candidate's compile-style error."""


def _skip_quoted(sql, i, quote, backslash):
    """Index just past the quoted literal or identifier opening at i (doubled quotes escape)."""
    j = i + 1
    n = len(sql)
    while j < n:
        c = sql[j]
        if backslash and c == '\\':
            j += 2
            continue
        if c == quote:
            if j + 1 < n and sql[j + 1] == quote:
                j += 2
                continue
            return j + 1
        j += 1
    raise StatementError('unterminated %s' % ('identifier' if quote == '"' else 'string literal'))


def _dollar_tag(sql, i):
    """The `$tag$` opening a PostgreSQL dollar-quoted string at i, else None."""
    j = i + 1
    while j < len(sql) and (sql[j].isalnum() or sql[j] == '_'):
        j += 1
    if j < len(sql) and sql[j] == '$' and not sql[i + 1:i + 2].isdigit():
        return sql[i:j + 1]
    return None


def code_of(sql):
    """The statement's code with comments removed and literals blanked: (code, had_semicolons_inside).

    Knows the quoting of both dialects: '...' (doubled quotes), E'...' (backslash escapes), "...",
    `...`, [...] (SQLite), $tag$...$tag$ (PostgreSQL), -- and nested /* */ comments.
    """
    out = []
    i = 0
    n = len(sql)
    while i < n:
        c = sql[i]
        if c == '-' and sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j
            out.append(' ')
        elif c == '/' and sql.startswith('/*', i):
            depth = 1
            j = i + 2
            while j < n and depth:
                if sql.startswith('/*', j):
                    depth += 1
                    j += 2
                elif sql.startswith('*/', j):
                    depth -= 1
                    j += 2
                else:
                    j += 1
            if depth:
                raise StatementError('unterminated comment')
            i = j
            out.append(' ')
        elif c == "'":
            backslash = i > 0 and sql[i - 1] in 'eE' and (i < 2 or not (sql[i - 2].isalnum() or sql[i - 2] == '_'))
            i = _skip_quoted(sql, i, "'", backslash)
            out.append("''")
        elif c in '"`':
            i = _skip_quoted(sql, i, c, False)
            out.append('""')
        elif c == '[':
            # SQLite's [identifier]; PostgreSQL's array subscripts hold no semicolons either.
            j = sql.find(']', i)
            if j < 0:
                raise StatementError('unterminated [')
            inner = sql[i + 1:j]
            out.append('[' + inner.replace(';', ' ') + ']' if ';' in inner else sql[i:j + 1])
            i = j + 1
        elif c == '$' and _dollar_tag(sql, i):
            tag = _dollar_tag(sql, i)
            j = sql.find(tag, i + len(tag))
            if j < 0:
                raise StatementError('unterminated dollar-quoted string')
            i = j + len(tag)
            out.append("''")
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def single_query(sql):
    """The one query in query.sql, without trailing semicolons; StatementError otherwise."""
    code = code_of(sql)
    stripped = code.rstrip().rstrip(';').rstrip()
    while stripped.endswith(';'):
        stripped = stripped.rstrip(';').rstrip()
    if not stripped.strip():
        raise StatementError('query.sql holds no statement: write one SELECT')
    if ';' in stripped:
        raise StatementError('only one statement is allowed (found a ";" before the end)')
    words = stripped.lstrip(' \t\r\n(').split(None, 1)
    first = words[0].lower() if words else ''
    first = ''.join(ch for ch in first if ch.isalpha())
    if first not in QUERY_KEYWORDS:
        raise StatementError(
            'only a query is allowed (SELECT, WITH ... SELECT or VALUES), not %s' % (first.upper() or 'this'))
    # Cut the trailing semicolons from the original text (the code has the same length up to there,
    # except for blanked literals, so cut by the last non-space, non-semicolon character).
    end = len(sql)
    while end > 0 and (sql[end - 1].isspace() or sql[end - 1] == ';'):
        end -= 1
    text = sql[:end]
    # A trailing -- comment would swallow what the runner appends: end on a new line.
    return text + '\n'


def encode_value(value):
    """One result value as the judge compares it."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return str(value)
        return value
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            return str(value)
        if value == value.to_integral_value() and abs(value) < 10 ** 15:
            return int(value)
        return float(value)
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        return value.isoformat(sep=' ', timespec='microseconds' if value.microsecond else 'seconds')
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return value.isoformat(timespec='microseconds' if value.microsecond else 'seconds')
    if isinstance(value, (bytes, bytearray, memoryview)):
        return '\\x' + bytes(value).hex()
    if isinstance(value, (list, dict)):
        return json.dumps(value, separators=(',', ':'), default=str)
    return str(value)


def encode_rows(rows):
    return [[encode_value(v) for v in row] for row in rows]


def short(message):
    message = ' '.join(str(message).split())
    return message if len(message) <= MESSAGE_CAP else message[:MESSAGE_CAP] + '…'


def write_outcome(outcome):
    """The test's outcome on fd 3 (a plain file when run by hand without it)."""
    data = json.dumps(outcome, ensure_ascii=False, separators=(',', ':'), allow_nan=False).encode('utf-8')
    if not HAS_RESULT_FD:
        sys.stdout.buffer.write(data + b'\n')
        sys.stdout.flush()
        return
    view = memoryview(data)
    while view:
        written = os.write(RESULT_FD, view)
        view = view[written:]


def read_work_file(name):
    with open(name, encoding='utf-8') as f:
        return f.read()


def fail_statement(err):
    """Exit of `prepare` when the candidate's statement is refused (compile_error)."""
    sys.stderr.write(short(err) + '\n')
    sys.exit(1)


def time_limit_ms(argv):
    try:
        value = int(argv[2])
    except (IndexError, ValueError):
        sys.stderr.write('usage: run <time limit ms>\n')
        sys.exit(2)
    return max(1, value)
