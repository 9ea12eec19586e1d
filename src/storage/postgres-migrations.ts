import type { Migration } from './migration';

/** PostgreSQL schema, versioned. Never edit an applied migration: append a new one. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    // json (not jsonb): kept verbatim, and accepts any string the user typed (jsonb rejects \\u0000).
    sql: `
      CREATE TABLE cases (
        id text PRIMARY KEY,
        ref text NOT NULL UNIQUE,
        user_key text NOT NULL,
        state text NOT NULL,
        doc json NOT NULL,
        version integer NOT NULL,
        opened_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      -- At most one active case per user: the database, not the caller, guarantees it.
      CREATE UNIQUE INDEX cases_one_active_per_user ON cases (user_key)
        WHERE state NOT IN ('resolved', 'cancelled');
      CREATE INDEX cases_by_user ON cases (user_key, opened_at);
      CREATE INDEX cases_active_by_opened ON cases (opened_at)
        WHERE state NOT IN ('resolved', 'cancelled');

      CREATE TABLE case_events (
        seq bigserial PRIMARY KEY,
        case_id text NOT NULL,
        at timestamptz NOT NULL,
        type text NOT NULL,
        actor json NOT NULL,
        detail text
      );
      CREATE INDEX case_events_by_case ON case_events (case_id, at, seq);

      CREATE TABLE outbox (
        seq bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        kind text NOT NULL,
        case_id text NOT NULL,
        payload json NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        lease_until timestamptz,
        delivered_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX outbox_pending ON outbox (created_at, seq) WHERE delivered_at IS NULL;

      CREATE TABLE processed_activities (dedupe_key text PRIMARY KEY, at timestamptz NOT NULL);
      CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE docs (key text PRIMARY KEY, value json NOT NULL, etag text NOT NULL);

      CREATE SEQUENCE case_number_seq START 1001;
    `,
  },
  {
    version: 2,
    name: 'feedback',
    sql: `
      CREATE TABLE feedback (
        id text PRIMARY KEY,
        at timestamptz NOT NULL,
        user_key text NOT NULL,
        lang text NOT NULL,
        phase text NOT NULL,
        helped boolean NOT NULL
      );
      CREATE INDEX processed_activities_by_at ON processed_activities (at);
    `,
  },
  {
    version: 3,
    name: 'outbox give-up, audit events, cases by card',
    sql: `
      -- The case card's message id: an agent's reply in its thread names it.
      ALTER TABLE cases ADD COLUMN card_id text;
      CREATE INDEX cases_by_card ON cases (card_id) WHERE card_id IS NOT NULL;

      ALTER TABLE outbox ADD COLUMN failed_at timestamptz;
      DROP INDEX outbox_pending;
      CREATE INDEX outbox_pending ON outbox (created_at, seq) WHERE delivered_at IS NULL AND failed_at IS NULL;

      CREATE TABLE audit_events (
        seq bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        type text NOT NULL,
        actor json NOT NULL,
        detail text
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
        seq bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        user_key text NOT NULL,
        lang text NOT NULL,
        phase text NOT NULL,
        kind text NOT NULL,
        message boolean NOT NULL,
        prev_at timestamptz, prev_case_at timestamptz, prev_lang_at timestamptz, prev_lang_case_at timestamptz,
        prev_phase_at timestamptz, prev_phase_case_at timestamptz
      );
      CREATE INDEX interactions_by_at ON interactions (at, kind, message, lang, phase,
        prev_at, prev_case_at, prev_lang_at, prev_lang_case_at, prev_phase_at, prev_phase_case_at);
      CREATE INDEX interactions_by_user ON interactions (user_key, at);

      -- Copies of case fields the figures group by, and lower-cased text the search matches
      -- (the adapter writes them with the case), plus the first claim and resolution times.
      ALTER TABLE cases
        ADD COLUMN lang text,
        ADD COLUMN phase text,
        ADD COLUMN reason text,
        ADD COLUMN search_user text,
        ADD COLUMN search_words text,
        ADD COLUMN claimed_at timestamptz,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN claim_ms bigint,
        ADD COLUMN resolve_ms bigint;
      UPDATE cases SET
        lang = doc->>'lang',
        phase = doc->>'phase',
        reason = doc->>'reason',
        search_user = lower(concat_ws(chr(10), coalesce(doc->'user'->>'name', ''), coalesce(doc->'user'->>'email', ''), user_key,
          coalesce(doc->'user'->>'aadObjectId', ''))),
        search_words = lower(coalesce((doc->'userWords')::text, '')),
        claimed_at = (SELECT min(at) FROM case_events e WHERE e.case_id = cases.id AND e.type = 'claimed'),
        resolved_at = (SELECT min(at) FROM case_events e WHERE e.case_id = cases.id AND e.type = 'resolved');
      UPDATE cases SET
        claim_ms = CAST(round(EXTRACT(EPOCH FROM (claimed_at - opened_at)) * 1000) AS bigint),
        resolve_ms = CAST(round(EXTRACT(EPOCH FROM (resolved_at - opened_at)) * 1000) AS bigint);
      CREATE INDEX cases_by_opened ON cases (opened_at, lang, phase, reason, claim_ms, resolve_ms);

      CREATE INDEX feedback_by_at ON feedback (at, helped, lang, phase);
      CREATE INDEX outbox_by_case ON outbox (case_id, created_at, seq);
    `,
  },
];
