import type { Migration } from './migration';

/**
 * SQLite schema, versioned. Never edit an applied migration: append a new one.
 * Timestamps are ISO-8601 UTC strings (Date#toISOString), so text order is time order.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        user_key TEXT NOT NULL,
        state TEXT NOT NULL,
        doc TEXT NOT NULL,
        version INTEGER NOT NULL,
        opened_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- At most one active case per user: the database, not the caller, guarantees it.
      CREATE UNIQUE INDEX cases_one_active_per_user ON cases (user_key)
        WHERE state NOT IN ('resolved', 'cancelled');
      CREATE INDEX cases_by_user ON cases (user_key, opened_at);
      CREATE INDEX cases_active_by_opened ON cases (opened_at)
        WHERE state NOT IN ('resolved', 'cancelled');

      CREATE TABLE case_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL,
        at TEXT NOT NULL,
        type TEXT NOT NULL,
        actor TEXT NOT NULL,
        detail TEXT
      );
      CREATE INDEX case_events_by_case ON case_events (case_id, at, seq);

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        case_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        lease_until TEXT,
        delivered_at TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX outbox_pending ON outbox (created_at, seq) WHERE delivered_at IS NULL;

      CREATE TABLE processed_activities (dedupe_key TEXT PRIMARY KEY, at TEXT NOT NULL);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE docs (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL);

      -- SQLite has no sequences: a counter row, incremented with UPDATE ... RETURNING.
      CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
      INSERT INTO counters (name, value) VALUES ('case_number', 1000);
    `,
  },
  {
    version: 2,
    name: 'feedback',
    sql: `
      CREATE TABLE feedback (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        user_key TEXT NOT NULL,
        lang TEXT NOT NULL,
        phase TEXT NOT NULL,
        helped INTEGER NOT NULL
      );
      CREATE INDEX processed_activities_by_at ON processed_activities (at);
    `,
  },
  {
    version: 3,
    name: 'outbox give-up, audit events, cases by card',
    sql: `
      -- The case card's message id: an agent's reply in its thread names it.
      ALTER TABLE cases ADD COLUMN card_id TEXT;
      CREATE INDEX cases_by_card ON cases (card_id) WHERE card_id IS NOT NULL;

      ALTER TABLE outbox ADD COLUMN failed_at TEXT;
      DROP INDEX outbox_pending;
      CREATE INDEX outbox_pending ON outbox (created_at, seq) WHERE delivered_at IS NULL AND failed_at IS NULL;

      CREATE TABLE audit_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        type TEXT NOT NULL,
        actor TEXT NOT NULL,
        detail TEXT
      );
    `,
  },
  {
    version: 4,
    name: 'reports: interactions, case columns for figures and search',
    sql: `
      -- One row per handled request about the error (no text): the figures of the support team's tab.
      -- prev_*: when the same person last asked before this row (at all / with a case; in the same
      -- language; in the same phase), so counting the people of a period needs no sort (see reports/).
      CREATE TABLE interactions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        user_key TEXT NOT NULL,
        lang TEXT NOT NULL,
        phase TEXT NOT NULL,
        kind TEXT NOT NULL,
        message INTEGER NOT NULL,
        prev_at TEXT, prev_case_at TEXT, prev_lang_at TEXT, prev_lang_case_at TEXT, prev_phase_at TEXT, prev_phase_case_at TEXT
      );
      -- Covering: the figures of a period read this index alone.
      CREATE INDEX interactions_by_at ON interactions (at, kind, message, lang, phase,
        prev_at, prev_case_at, prev_lang_at, prev_lang_case_at, prev_phase_at, prev_phase_case_at);
      CREATE INDEX interactions_by_user ON interactions (user_key, at);

      -- Copies of case fields the figures group by, and lower-cased text the search matches
      -- (the adapter writes them with the case), plus the first claim and resolution times.
      ALTER TABLE cases ADD COLUMN lang TEXT;
      ALTER TABLE cases ADD COLUMN phase TEXT;
      ALTER TABLE cases ADD COLUMN reason TEXT;
      ALTER TABLE cases ADD COLUMN search_user TEXT;
      ALTER TABLE cases ADD COLUMN search_words TEXT;
      ALTER TABLE cases ADD COLUMN claimed_at TEXT;
      ALTER TABLE cases ADD COLUMN resolved_at TEXT;
      ALTER TABLE cases ADD COLUMN claim_ms INTEGER;
      ALTER TABLE cases ADD COLUMN resolve_ms INTEGER;
      UPDATE cases SET
        lang = json_extract(doc, '$.lang'),
        phase = json_extract(doc, '$.phase'),
        reason = json_extract(doc, '$.reason'),
        search_user = lower(coalesce(json_extract(doc, '$.user.name'), '') || char(10) || coalesce(json_extract(doc, '$.user.email'), '')
          || char(10) || user_key || char(10) || coalesce(json_extract(doc, '$.user.aadObjectId'), '')),
        search_words = lower(coalesce(json_extract(doc, '$.userWords'), '')),
        claimed_at = (SELECT min(at) FROM case_events e WHERE e.case_id = cases.id AND e.type = 'claimed'),
        resolved_at = (SELECT min(at) FROM case_events e WHERE e.case_id = cases.id AND e.type = 'resolved');
      UPDATE cases SET
        claim_ms = CAST(round((julianday(claimed_at) - julianday(opened_at)) * 86400000) AS INTEGER),
        resolve_ms = CAST(round((julianday(resolved_at) - julianday(opened_at)) * 86400000) AS INTEGER);
      CREATE INDEX cases_by_opened ON cases (opened_at, lang, phase, reason, claim_ms, resolve_ms);

      CREATE INDEX feedback_by_at ON feedback (at, helped, lang, phase);
      CREATE INDEX outbox_by_case ON outbox (case_id, created_at, seq);
    `,
  },
  {
    version: 5,
    name: 'interactions read per language and phase',
    sql: `
      -- The figures group a period's interactions per language and phase. Read from an index in that
      -- order (one short range per language and phase), they need no sort; read by time, SQLite sorted
      -- every row of the period first, most of the insight's cost. (PostgreSQL groups with a hash.)
      DROP INDEX interactions_by_at;
      CREATE INDEX interactions_by_cell ON interactions (lang, phase, at, kind, message,
        prev_at, prev_case_at, prev_lang_at, prev_lang_case_at, prev_phase_at, prev_phase_case_at);
    `,
  },
];
