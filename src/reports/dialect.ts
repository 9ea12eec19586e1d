/**
 * The few expressions where SQLite and PostgreSQL differ; every report query is otherwise the same
 * SQL text on both. Timestamps are ISO strings on SQLite and timestamptz on PostgreSQL.
 */
export interface Dialect {
  /** Placeholder of the n-th (1-based) bound value. */
  param(n: number): string;
  /** UTC calendar day of a timestamp column, as YYYY-MM-DD text. */
  day(column: string): string;
  /** Whole milliseconds from timestamp `from` to timestamp `to`, as an integer. */
  millisBetween(from: string, to: string): string;
  /** A boolean as the driver binds it (SQLite has none: 1 or 0). */
  bool(value: boolean): unknown;
}

export const SQLITE_DIALECT: Dialect = {
  param: () => '?',
  // Stored as Date#toISOString: the first ten characters are the UTC day.
  day: (column) => `substr(${column}, 1, 10)`,
  millisBetween: (from, to) => `CAST(round((julianday(${to}) - julianday(${from})) * 86400000) AS INTEGER)`,
  bool: (value) => (value ? 1 : 0),
};

export const POSTGRES_DIALECT: Dialect = {
  param: (n) => `$${n}`,
  day: (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
  millisBetween: (from, to) => `CAST(round(EXTRACT(EPOCH FROM (${to} - ${from})) * 1000) AS bigint)`,
  bool: (value) => value,
};

/** Collects bound values while a query is written, numbering placeholders as the dialect wants. */
export class Bound {
  readonly values: unknown[] = [];

  constructor(private readonly dialect: Dialect) {}

  /** Binds a value and returns its placeholder. */
  v(value: unknown): string {
    this.values.push(value);
    return this.dialect.param(this.values.length);
  }
}

/** Runs one query and returns its rows (the adapter's own connection or pool). */
export type RunQuery = (text: string, values: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** `%text%` for LIKE, with LIKE's own wildcards in `text` escaped (used with ESCAPE '\'). */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
