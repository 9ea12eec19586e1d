import { SQLITE_DIALECT } from './dialect';
import { SqlReports } from './sql-reports';
import type { SqliteQueryPool } from './sqlite-query-pool';

/** Reports on the SQLite store's file, read by threads of their own (see SqliteQueryPool). */
export class SqliteReports extends SqlReports {
  constructor(pool: SqliteQueryPool) {
    super(SQLITE_DIALECT, (text, values) => pool.run(text, values));
  }
}
