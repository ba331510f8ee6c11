import type { SqlColumnDto, SqlProblemDto, SqlTableDto, SqlValue } from '@tryout/contracts';
import { Parser } from 'node-sql-parser';
import type { SqlSpec } from './problem-package';

/**
 * What the problem page shows of a sql problem: its tables (parsed from schema.sql with
 * node-sql-parser, PostgreSQL grammar: the portable subset parses in it) and the first sample's
 * rows under each. Throws with what cannot be read; the loader's checks call it, so a package that
 * imports always parses.
 */

const parser = new Parser();
const OPTIONS = { database: 'PostgresQL' };

type Node = Record<string, unknown>;

const asNodes = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);

function name(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const n = v as Node;
    if (n.expr) return name(n.expr);
    if (n.value !== undefined) return name(n.value);
    if (n.column !== undefined) return name(n.column);
    if (n.table !== undefined) return name(n.table);
  }
  return String(v);
}

function columnType(def: Node): string {
  const dataType = typeof def.dataType === 'string' ? def.dataType : '';
  const length = def.length as number | undefined;
  const scale = def.scale as number | undefined;
  if (length === undefined || length === null) return dataType;
  return scale === undefined || scale === null ? `${dataType}(${length})` : `${dataType}(${length},${scale})`;
}

function parseStatements(sql: string, what: string): Node[] {
  try {
    return asNodes(parser.astify(sql, OPTIONS));
  } catch (err) {
    throw new Error(`${what} does not parse: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** The tables of schema.sql, in order, without rows. */
export function parseSqlSchema(schema: string): SqlTableDto[] {
  const tables: SqlTableDto[] = [];
  for (const stmt of parseStatements(schema, 'schema.sql')) {
    if (stmt.type !== 'create' || stmt.keyword !== 'table')
      throw new Error(`schema.sql holds CREATE TABLE statements only, found ${String(stmt.type).toUpperCase()}`);
    const columns: SqlColumnDto[] = [];
    const primary = new Set<string>();
    const references = new Map<string, string>();
    for (const def of asNodes(stmt.create_definitions)) {
      if (def.resource === 'column') {
        const col = name(def.column);
        const d = (def.definition ?? {}) as Node;
        columns.push({ name: col, type: columnType(d) });
        if (def.primary_key) primary.add(col);
        const ref = def.reference_definition as Node | undefined;
        if (ref) references.set(col, `${name(asNodes(ref.table)[0])}.${name(asNodes(ref.definition)[0])}`);
      } else if (def.resource === 'constraint') {
        const kind = typeof def.constraint_type === 'string' ? def.constraint_type.toLowerCase() : '';
        const cols = asNodes(def.definition).map(name);
        if (kind === 'primary key') cols.forEach((c) => primary.add(c));
        const ref = def.reference_definition as Node | undefined;
        if (kind.includes('foreign') && ref) {
          const targets = asNodes(ref.definition).map(name);
          const table = name(asNodes(ref.table)[0]);
          cols.forEach((c, i) => references.set(c, `${table}.${targets[i] ?? targets[0]}`));
        }
      }
    }
    tables.push({
      name: name(asNodes(stmt.table)[0]),
      columns: columns.map((c) => ({
        ...c,
        ...(primary.has(c.name) ? { primaryKey: true } : {}),
        ...(references.has(c.name) ? { references: references.get(c.name) } : {}),
      })),
      sampleRows: [],
    });
  }
  if (tables.length === 0) throw new Error('schema.sql creates no table');
  return tables;
}

function literal(v: Node): SqlValue {
  switch (v.type) {
    case 'null':
      return null;
    case 'bool':
    case 'boolean':
      return Boolean(v.value);
    case 'number':
      return Number(v.value);
    case 'unary_expr':
      if (v.operator === '-') return -Number(literal(v.expr as Node));
      return literal(v.expr as Node);
    default:
      return typeof v.value === 'string' || typeof v.value === 'number' ? v.value : JSON.stringify(v.value ?? '');
  }
}

/** The rows a data script inserts per table (in the table's column order). */
export function parseSqlDataRows(script: string, tables: SqlTableDto[]): Map<string, SqlValue[][]> {
  const rows = new Map<string, SqlValue[][]>();
  if (!script.trim()) return rows;
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  for (const stmt of parseStatements(script, 'the data script')) {
    if (stmt.type !== 'insert') throw new Error('a data script holds INSERT statements only');
    const table = byName.get(name(asNodes(stmt.table)[0]).toLowerCase());
    if (!table) throw new Error(`INSERT into an unknown table ${name(asNodes(stmt.table)[0])}`);
    const listed = asNodes(stmt.columns).map((c) => name(c).toLowerCase());
    const order = listed.length ? listed : table.columns.map((c) => c.name.toLowerCase());
    const values = stmt.values as Node | Node[];
    const lists = Array.isArray(values) ? values : asNodes(values.values);
    for (const list of lists) {
      const given = asNodes(list.value).map(literal);
      const row = table.columns.map((c) => {
        const at = order.indexOf(c.name.toLowerCase());
        return at >= 0 && at < given.length ? given[at] : null;
      });
      const key = table.name;
      rows.set(key, [...(rows.get(key) ?? []), row]);
    }
  }
  return rows;
}

/** `ProblemDetailDto.sql`: dialects, row order, tables with the first sample's rows. */
export function sqlProblemDto(spec: SqlSpec, firstSampleInput: string | undefined): SqlProblemDto {
  const tables = parseSqlSchema(spec.schema);
  const rows = parseSqlDataRows(firstSampleInput ?? '', tables);
  return {
    dialects: [...spec.dialects],
    ordered: spec.ordered,
    tables: tables.map((t) => ({ ...t, sampleRows: rows.get(t.name) ?? [] })),
  };
}
