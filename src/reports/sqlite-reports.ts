import type Database from 'better-sqlite3';
import { SQLITE_DIALECT } from './dialect';
import { SqlReports } from './sql-reports';

/** Reports on the SQLite store's own connection (statements prepared once, by the store's cache). */
export class SqliteReports extends SqlReports {
  constructor(prepare: (text: string) => Database.Statement) {
    super(SQLITE_DIALECT, async (text, values) => prepare(text).all(...values) as Array<Record<string, unknown>>);
  }
}
