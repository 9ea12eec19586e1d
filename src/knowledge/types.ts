/** The ten languages every user-facing string exists in (ISO 639-1). */
export const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ja', 'ko', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Where Microsoft's retirement of legacy Exchange Online tokens stands on a given day.
 * - self-service: a Microsoft 365 admin can turn the tokens back on (until 2025-06-30).
 * - exception-only: only Microsoft support can grant an exception (2025-07-01 .. 2025-09-30).
 * - retired: tokens are off for every tenant, no exceptions (from 2025-10-01).
 */
export const PHASES = ['self-service', 'exception-only', 'retired'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * What a user asks about the error once the answer card is there; each has a short answer in every
 * language (`followUp.answer.<topic>` in content/locales, sources in content/knowledge.yaml).
 */
export const FOLLOW_UP_TOPICS = ['why', 'when-fixed', 'alternatives', 'browser', 'admin', 'exception', 'who-affected', 'work-lost', 'mobile'] as const;
export type FollowUpTopic = (typeof FOLLOW_UP_TOPICS)[number];
