import type { Case, CaseEvent, CaseState, ExchangeLine } from '../handoff/types';
import type { Knowledge } from '../knowledge/knowledge';
import type { Lang } from '../knowledge/types';
import { card, fact, heading, ownRun, rich, text, userRun } from './elements';
import { escapeMarkdown, plainText } from './text';
import type { ActionExecute, CardAction, CardElement, AdaptiveCard } from './types';

export const CASE_VERBS = { claim: 'case.claim', resolve: 'case.resolve', reopen: 'case.reopen' } as const;
/** Id of the resolution-note input; its value arrives in the invoke's action data. */
export const NOTE_INPUT_ID = 'note';

/** Caps that keep the card well under Teams' 28 KB limit whatever the case holds. */
const LIMITS = { words: 4, wordChars: 600, answerChars: 600, transcript: 6, lineChars: 300, events: 8, noteChars: 600 };

export interface CaseCardInput {
  case: Case;
  events: CaseEvent[];
  /** Language of the agents' channel (the card's language), not the user's. */
  lang: Lang;
  now: Date;
  /** Overrides the Teams deep link to a 1:1 chat with the user. */
  chatUrl?: string;
}

const canClaim = (s: CaseState) => s === 'waiting' || s === 'open';
const canResolve = (s: CaseState) => s === 'open' || s === 'claimed';
const canReopen = (s: CaseState) => s === 'resolved' || s === 'cancelled';

/** https://teams.microsoft.com/l/chat/0/0?users=<upn or AAD object id>, when the user is known well enough. */
export function chatDeepLink(c: Case): string | undefined {
  const who = c.user.email ?? c.user.aadObjectId;
  return who ? `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(who)}` : undefined;
}

function languageName(cardLang: Lang, lang: Lang): string {
  return new Intl.DisplayNames([cardLang], { type: 'language' }).of(lang) ?? lang;
}

function facts(k: Knowledge, input: CaseCardInput): CardElement[] {
  const { case: c, lang, now } = input;
  const opened = new Date(c.openedAt);
  const rows: Array<[string, string]> = [
    ['caseCard.user', c.user.name],
    ...(c.user.email ? [['caseCard.email', c.user.email] as [string, string]] : []),
    ['caseCard.tenant', c.tenantId],
    ['caseCard.language', languageName(lang, c.lang)],
    ['caseCard.phase', k.t(lang, `phase.${c.phase}.name`)],
    ['caseCard.reason', k.t(lang, `reason.${c.reason}`)],
    ['caseCard.opened', `${k.formatDate(lang, opened)} (${k.formatAge(lang, now.getTime() - opened.getTime())})`],
    ['caseCard.state', k.t(lang, `state.${c.state}`)],
    ['caseCard.assignee', c.assignee ? c.assignee.name : k.t(lang, 'caseCard.unassigned')],
  ];
  return rows.map(([key, value]) => fact(k.t(lang, key), value));
}

function conversation(k: Knowledge, input: CaseCardInput): CardElement[] {
  const { case: c, lang } = input;
  const out: CardElement[] = [];
  const words = c.userWords.slice(-LIMITS.words);
  if (words.length > 0) {
    out.push(heading(k.t(lang, 'caseCard.userWords')), ...words.map((w) => rich(userRun(oneLine(w), LIMITS.wordChars, { italic: true }))));
  }
  if (c.botAnswer) out.push(heading(k.t(lang, 'caseCard.botAnswer')), rich(userRun(c.botAnswer, LIMITS.answerChars)));
  // Cases stored before signals were recorded have none.
  if (c.signals?.length) out.push(heading(k.t(lang, 'caseCard.signals')), rich(userRun(c.signals.join(', '), LIMITS.answerChars, { isSubtle: true })));
  const lines = c.transcript.slice(-LIMITS.transcript);
  if (lines.length > 0) {
    out.push(heading(k.t(lang, 'caseCard.transcript')));
    for (const line of lines) out.push(rich(ownRun(`${speaker(k, lang, line)}: `, { weight: 'Bolder' }), userRun(oneLine(line.text), LIMITS.lineChars)));
  }
  return out;
}

/** Who said a line of the exchange: the user, the bot, or an agent by name (cleaned: a name is typed by a person). */
function speaker(k: Knowledge, lang: Lang, line: ExchangeLine): string {
  if (line.from !== 'agent') return k.t(lang, line.from === 'user' ? 'caseCard.fromUser' : 'caseCard.fromBot');
  const name = plainText(line.name ?? '', 80);
  return name ? `${k.t(lang, 'caseCard.fromAgent')} ${name}` : k.t(lang, 'caseCard.fromAgent');
}

/** Pasted text keeps its lines apart even where a renderer ignores line breaks in a TextRun. */
function oneLine(value: string): string {
  return value.replace(/\s*\n+\s*/g, ' / ');
}

function history(k: Knowledge, input: CaseCardInput): CardElement[] {
  const { lang, now } = input;
  const events = input.events.slice(-LIMITS.events);
  if (events.length === 0) return [];
  return [
    heading(k.t(lang, 'caseCard.history')),
    ...events.map((e) =>
      rich(
        ownRun(`${k.formatAge(lang, now.getTime() - new Date(e.at).getTime())} · `, { isSubtle: true }),
        userRun(k.t(lang, `event.${e.type}`, { actor: plainText(e.actor.name, 80) }), 200),
      ),
    ),
  ];
}

function actions(k: Knowledge, input: CaseCardInput): CardAction[] {
  const { case: c, lang } = input;
  const execute = (verb: string, titleKey: string, style?: ActionExecute['style']): ActionExecute => ({
    type: 'Action.Execute',
    title: k.t(lang, titleKey),
    verb,
    data: { verb, caseId: c.id },
    ...(style ? { style } : {}),
  });
  const out: CardAction[] = [];
  if (canClaim(c.state)) out.push(execute(CASE_VERBS.claim, 'caseCard.claim', 'positive'));
  if (canResolve(c.state)) out.push(execute(CASE_VERBS.resolve, 'caseCard.resolve', 'positive'));
  if (canReopen(c.state)) out.push(execute(CASE_VERBS.reopen, 'caseCard.reopen'));
  const chat = input.chatUrl ?? chatDeepLink(c);
  if (chat) out.push({ type: 'Action.OpenUrl', title: k.t(lang, 'caseCard.chat'), url: chat });
  return out;
}

/** The agent-facing card posted in the support channel and updated on every state change. */
export function caseCard(k: Knowledge, input: CaseCardInput): AdaptiveCard {
  const { case: c, lang } = input;
  // The reference comes first so that anything reading the card finds it before any other code-like text.
  const body: CardElement[] = [
    text(k.t(lang, 'caseCard.title', { ref: escapeMarkdown(c.ref, 40) }), { size: 'Large', weight: 'Bolder', style: 'heading' }),
    ...facts(k, input),
    ...conversation(k, input),
  ];
  if (c.resolutionNote) body.push(heading(k.t(lang, 'caseCard.noteLabel')), rich(userRun(c.resolutionNote, LIMITS.noteChars)));
  body.push(...history(k, input));
  if (canResolve(c.state)) {
    body.push({
      type: 'Input.Text',
      id: NOTE_INPUT_ID,
      label: k.t(lang, 'caseCard.noteLabel'),
      placeholder: k.t(lang, 'caseCard.notePlaceholder'),
      isMultiline: true,
      maxLength: 1000,
      spacing: 'Medium',
      separator: true,
    });
  }
  return card(lang, body, actions(k, input), true);
}
