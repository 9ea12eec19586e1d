import { z } from 'zod';
import { FOLLOW_UP_TOPICS, LANGS, PHASES } from './types';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a calendar date YYYY-MM-DD');
const httpsTemplate = z
  .string()
  .regex(/^https:\/\/[^\s]+$/, 'expected an https URL')
  .refine((u) => u.includes('{locale}'), 'expected a {locale} placeholder');

const byLang = <T extends z.ZodTypeAny>(value: T) =>
  z.object(Object.fromEntries(LANGS.map((l) => [l, value])) as Record<(typeof LANGS)[number], T>).strict();
const byPhase = <T extends z.ZodTypeAny>(value: T) =>
  z.object(Object.fromEntries(PHASES.map((p) => [p, value])) as Record<(typeof PHASES)[number], T>).strict();
const byTopic = <T extends z.ZodTypeAny>(value: T) =>
  z.object(Object.fromEntries(FOLLOW_UP_TOPICS.map((t) => [t, value])) as Record<(typeof FOLLOW_UP_TOPICS)[number], T>).strict();

const source = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lowercase id like naa-faq'),
    title: z.string().min(1),
    url: z.string().regex(/^https:\/\//, 'expected an https URL').optional(),
    file: z.string().min(1).optional(),
    facts: z.array(z.string().min(1)).min(1),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.file !== undefined, 'a source needs a url or a file');

/**
 * What the answer to one follow-up question rests on: the sources it was checked against and, in a
 * sentence, the facts it states. `byPhase`: the answer changes with the timeline phase (one string per
 * phase in every locale, `followUp.answer.<topic>.<phase>`), otherwise one string (`followUp.answer.<topic>`).
 */
const followUp = z
  .object(
    {
        sources: z.array(z.string().min(1)).min(1, 'a follow-up answer needs at least one source'),
      basis: z.string().min(1),
      byPhase: z.boolean().default(false),
    },
    { required_error: 'follow-up topic not declared: every topic needs its sources and basis' },
  )
  .strict();

export const knowledgeFileSchema = z
  .object({
    timeline: z
      .object({ selfServiceUntil: isoDay, exceptionOnlyUntil: isoDay })
      .strict()
      .refine((t) => t.selfServiceUntil < t.exceptionOnlyUntil, 'selfServiceUntil must come before exceptionOnlyUntil'),
    learnLocales: byLang(z.string().regex(/^[a-z]{2}-[a-z]{2}$/, 'expected a locale path like fr-fr')),
    links: z.record(
      z.string().regex(/^\w+$/),
      z.object({ url: httpsTemplate, titleKey: z.string().min(1) }).strict(),
    ),
    phaseLinks: byPhase(z.array(z.string()).min(1)),
    commands: z.record(z.string().regex(/^\w+$/), z.string().min(1)),
    sources: z.array(source).min(1),
    followUps: byTopic(followUp),
  })
  .strict()
  .superRefine((k, ctx) => {
    const ids = new Set<string>();
    k.sources.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
      ids.add(s.id);
    });
    for (const topic of FOLLOW_UP_TOPICS) {
      k.followUps[topic].sources.forEach((id, i) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['followUps', topic, 'sources', i], message: `unknown source "${id}"` });
      });
    }
    for (const phase of PHASES) {
      k.phaseLinks[phase].forEach((id, i) => {
        if (!(id in k.links)) {
          ctx.addIssue({ code: 'custom', path: ['phaseLinks', phase, i], message: `unknown link "${id}"` });
        }
      });
    }
  });

export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;

/**
 * A locale file: nested sections whose leaves are strings or lists of strings. Emptiness is checked
 * after flattening (localeChecks) so that one blank string does not hide every other problem in the file.
 */
export type LocaleTree = { [key: string]: string | string[] | LocaleTree };
export const localeTreeSchema: z.ZodType<LocaleTree> = z.lazy(() =>
  z.record(
    z.union([z.string(), z.array(z.string()), localeTreeSchema]),
  ),
);
