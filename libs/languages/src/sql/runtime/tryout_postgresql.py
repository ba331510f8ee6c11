"""Tryout's PostgreSQL runner (docs/sandbox.md, "SQL"; the shared part is tryout_sql.py).

One warm server per job, a fresh database per test:

prepare (the compile step): copies the cluster initialised at image build into the server's own
tmpfs (/srv/pg), starts the server, creates the template database `tryout_template` from
schema.sql (as the owner) and the candidate's role (no superuser, no CREATEDB/CREATEROLE, CONNECT
nowhere yet, no functions that reveal what earlier tests did to the cluster), plans the query once
as that role (syntax and unknown names are compile errors), and exits with the server running: the
sandbox keeps the processes a clean compile step leaves (keepServer) and stops them with the job.

run <ms> (one test): drops the previous test's database (ending any session still on it), creates
the test's database from the template under a fixed OID, loads the data script from stdin as the
owner, lets the candidate's role connect to that database only, and runs the query as that role in
a READ ONLY transaction with statement_timeout, work_mem and temp_file_limit caps, fetching at most
ROW_LIMIT + 1 rows.
"""

import os
import subprocess
import sys
import time

import psycopg2
import psycopg2.errors

import tryout_sql as common

PG_BIN = os.environ.get('TRYOUT_PG_BIN', '/usr/lib/postgresql/15/bin')
IMAGE_CLUSTER = os.environ.get('TRYOUT_PG_CLUSTER', '/opt/tryout/pg/cluster')
# The server's tmpfs (the sandbox's SERVER_DIR); a work-dir folder when run by hand without one.
SERVER_DIR = os.environ.get('TRYOUT_PG_SERVER_DIR', '/srv')
DATA = os.path.join(SERVER_DIR if os.access(SERVER_DIR, os.W_OK) else os.path.abspath('.'), 'pg')
OWNER = 'owner'
CANDIDATE = 'candidate'
TEMPLATE_DB = 'tryout_template'
TEST_DB = 'tryout_test'
# Every test's database gets the same OID: a new one would count what earlier tests created.
TEST_DB_OID = 900000
START_TIMEOUT_S = 20
# pg_catalog functions the candidate may not call: cumulative statistics, transaction and WAL
# positions, the control file: counters a previous test's data or statement would have moved.
CLUSTER_STATE_FUNCTIONS = (
    r'^(pg_stat_get_|pg_stat_reset|pg_stat_have_stats|pg_stat_clear_snapshot|pg_stat_force_next_flush'
    r'|txid_|pg_current_xact_id|pg_current_snapshot|pg_xact_status|pg_xact_commit_timestamp'
    r'|pg_last_committed_xact|pg_current_wal_|pg_control_|pg_walfile_name|pg_backend_pid$'
    r'|pg_postmaster_start_time$|pg_conf_load_time$|pg_database_size$|pg_tablespace_size$)')
# The candidate's session caps (the server's own, in postgresql.conf, are the ceiling).
CANDIDATE_SETTINGS = {
    'work_mem': '4MB',
    'temp_file_limit': '16MB',
    'max_parallel_workers_per_gather': '0',
    'idle_in_transaction_session_timeout': '0',
}


def connect(user, dbname):
    return psycopg2.connect(host=DATA, dbname=dbname, user=user, application_name='tryout')


def start_server():
    """Starts the postmaster on the socket in DATA, detached (it outlives this process): (server,
    the owner's first connection). Its log is a file: an inherited pipe would hold the step open."""
    log_path = os.path.join(DATA, 'server.log')
    with open(log_path, 'wb') as log:
        server = subprocess.Popen(
            [os.path.join(PG_BIN, 'postgres'), '-D', DATA],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if server.poll() is not None:
            with open(log_path, encoding='utf-8', errors='replace') as f:
                raise RuntimeError('the server did not start: %s' % f.read())
        try:
            return server, connect(OWNER, 'postgres')
        except psycopg2.OperationalError:
            if time.monotonic() > deadline:
                raise RuntimeError('the server did not accept connections in time')
            time.sleep(0.002)


def stop_server(server):
    """A fast shutdown: the server frees its shared memory (a killed one would leave it behind,
    and the sandbox then replaces the container)."""
    server.send_signal(2)  # SIGINT: fast shutdown
    server.wait(timeout=60)


def candidate_session(dbname, statement_timeout):
    """The candidate's one session: read-only, every statement under the timeout (ms or '5s')."""
    conn = connect(CANDIDATE, dbname)
    conn.set_session(readonly=True)
    with conn.cursor() as cur:
        cur.execute('SET statement_timeout = %s', (statement_timeout,))
    return conn


def owner_script(conn, script, params=None):
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(script, params)


def prepare():
    try:
        query = common.single_query(common.read_work_file('query.sql'))
    except common.StatementError as err:
        common.fail_statement(err)
    schema = common.read_work_file('schema.sql')
    subprocess.run(['rm', '-rf', DATA], check=True)
    subprocess.run(['cp', '-a', IMAGE_CLUSTER, DATA], check=True)
    os.chmod(DATA, 0o700)
    server, admin = start_server()
    ready = False
    try:
        build_template(admin, query, schema)
        ready = True
    finally:
        # The server runs on for the tests only when the step succeeds; a compile error stops it.
        if not ready:
            stop_server(server)


def build_template(admin, query, schema):
    """The template database, the candidate's role, and the query planned once as that role."""
    owner_script(admin, 'CREATE DATABASE %s' % TEMPLATE_DB)
    admin.close()
    owner = connect(OWNER, TEMPLATE_DB)
    try:
        owner_script(owner, schema)
    except psycopg2.Error as err:
        sys.stderr.write('schema.sql does not load: %s\n' % common.short(err))
        sys.exit(3)
    owner_script(owner, """
        CREATE ROLE {c} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS
          CONNECTION LIMIT 1;
        REVOKE ALL ON SCHEMA public FROM PUBLIC;
        GRANT USAGE ON SCHEMA public TO {c};
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO {c};
        REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1, {t} FROM PUBLIC;
        REVOKE EXECUTE ON FUNCTION lo_creat(integer), lo_create(oid), lo_unlink(oid),
          lo_from_bytea(oid, bytea), lo_put(oid, bigint, bytea), lo_open(oid, integer),
          lowrite(integer, bytea), lo_get(oid), lo_get(oid, bigint, integer) FROM PUBLIC;
    """.format(c=CANDIDATE, t=TEMPLATE_DB))
    # The server outlives tests: what earlier tests did to the cluster (WAL written, rows and
    # transactions counted, sessions seen) must not be readable by a later one. Revoked in the
    # template, so in every test's copy; the views over them fail too (they run as the caller).
    owner_script(owner, """
        DO $revoke$ DECLARE f regprocedure; BEGIN
          FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.proname ~ %s LOOP
            EXECUTE format('REVOKE EXECUTE ON FUNCTION %%s FROM PUBLIC', f);
          END LOOP;
        END $revoke$;
    """, (CLUSTER_STATE_FUNCTIONS,))
    for name, value in CANDIDATE_SETTINGS.items():
        owner_script(owner, "ALTER ROLE %s SET %s = '%s'" % (CANDIDATE, name, value))
    owner.close()
    # Plan the query once as the candidate: syntax errors and unknown names are compile errors.
    admin = connect(OWNER, 'postgres')
    owner_script(admin, 'GRANT CONNECT ON DATABASE %s TO %s' % (TEMPLATE_DB, CANDIDATE))
    admin.close()
    planner = candidate_session(TEMPLATE_DB, '5s')
    try:
        with planner.cursor() as cur:
            cur.execute('EXPLAIN ' + query)
    except psycopg2.Error as err:
        planner.close()
        common.fail_statement(err.pgerror or err)
    planner.close()
    admin = connect(OWNER, 'postgres')
    owner_script(admin, 'REVOKE CONNECT ON DATABASE %s FROM %s' % (TEMPLATE_DB, CANDIDATE))
    # The template no longer takes connections, so CREATE DATABASE ... TEMPLATE may copy it.
    owner_script(admin, 'ALTER DATABASE %s WITH IS_TEMPLATE true ALLOW_CONNECTIONS false' % TEMPLATE_DB)
    admin.close()


def run(argv):
    limit_ms = common.time_limit_ms(argv)
    query = common.single_query(common.read_work_file('query.sql'))
    data = sys.stdin.read()
    admin = connect(OWNER, 'postgres')
    # FORCE ends a session an earlier test's killed runner left running its statement.
    owner_script(admin, 'DROP DATABASE IF EXISTS %s WITH (FORCE)' % TEST_DB)
    owner_script(admin, 'CREATE DATABASE %s TEMPLATE %s STRATEGY FILE_COPY OID %d' % (TEST_DB, TEMPLATE_DB, TEST_DB_OID))
    admin.close()
    owner = connect(OWNER, TEST_DB)
    try:
        if data.strip():
            owner_script(owner, data)
    except psycopg2.Error as err:
        common.write_outcome({'status': 'data_error', 'message': common.short(err.pgerror or err)})
        return
    owner_script(owner, 'GRANT CONNECT ON DATABASE %s TO %s' % (TEST_DB, CANDIDATE))
    owner.close()

    # Outside the try: a session that cannot open is ours (internal_error), never the candidate's.
    conn = candidate_session(TEST_DB, str(limit_ms))
    try:
        # A server-side cursor: one FETCH of at most ROW_LIMIT + 1 rows, under the statement timeout.
        cur = conn.cursor(name='tryout_result')
        cur.execute(query)
        rows = cur.fetchmany(common.ROW_LIMIT + 1)
        if len(rows) > common.ROW_LIMIT:
            common.write_outcome({'status': 'row_limit', 'limit': common.ROW_LIMIT})
            return
        columns = [d.name for d in cur.description]
        common.write_outcome({'status': 'ok', 'columns': columns, 'rows': common.encode_rows(rows)})
    except psycopg2.errors.QueryCanceled:
        common.write_outcome({'status': 'timeout'})
    except psycopg2.Error as err:
        common.write_outcome({'status': 'error', 'message': common.short(err.pgerror or err)})


def main(argv):
    if len(argv) >= 2 and argv[1] == 'prepare':
        prepare()
    elif len(argv) >= 2 and argv[1] == 'run':
        run(argv)
    else:
        sys.stderr.write('usage: tryout_postgresql.py prepare | run <time limit ms>\n')
        sys.exit(2)


if __name__ == '__main__':
    main(sys.argv)
