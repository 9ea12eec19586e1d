import { POSTGRES_DIALECT } from './dialect';
import { SqlReports } from './sql-reports';

/** Reports on the PostgreSQL store's pool. */
export class PostgresReports extends SqlReports {
  constructor(query: (text: string, values: unknown[]) => Promise<Array<Record<string, unknown>>>) {
    super(POSTGRES_DIALECT, query);
  }
}
