import { describe, it } from 'vitest';
import { findPostgres } from './postgres';

/**
 * `describe` for suites that need PostgreSQL. Without the binaries the suite is skipped with a loud
 * reason, or, when REQUIRE_POSTGRES=1 (CI), fails — it never passes silently.
 */
export function describeWithPostgres(name: string, body: () => void): void {
  const found = findPostgres();
  if (found.available) {
    describe(name, body);
    return;
  }
  if (process.env.REQUIRE_POSTGRES === '1') {
    describe(name, () => it('requires PostgreSQL (REQUIRE_POSTGRES=1)', () => {
      throw new Error(found.reason);
    }));
    return;
  }
  console.warn(`\n*** SKIPPING "${name}": ${found.reason} ***\n`);
  describe.skip(`${name} — SKIPPED: ${found.reason}`, body);
}
