/** One schema change, applied once, in order of `version`, and recorded in schema_migrations. */
export interface Migration {
  version: number;
  name: string;
  /** One or more statements; applied inside the migration transaction. */
  sql: string;
}

/** Guards against a mis-ordered or duplicated migration list (checked before anything is applied). */
export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && migration.version <= previous.version) {
      throw new Error(`migration ${migration.version} (${migration.name}) is not after ${previous.version}`);
    }
  });
}

/** The version a fully migrated database is at. */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}
