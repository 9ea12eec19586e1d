import { randomUUID } from 'node:crypto';
import type { Interaction, NewOutboxItem, Store } from '../storage/types';
import { NO_TELEMETRY, type Telemetry } from '../telemetry/telemetry';
import { textNotice, type UserNotice } from './notices';
import { applyCaseAction, isActive, type Actor, type CaseAction } from './transitions';
import type { Case, CaseEvent, ExchangeLine, Person } from './types';

/** What the bot knows when it hands a user over: the case fields it sets, plus how it was asked. */
export interface OpenCaseRequest
  extends Pick<Case, 'userKey' | 'user' | 'tenantId' | 'lang' | 'phase' | 'reason' | 'botAnswer' | 'signals' | 'transcript' | 'userConversation'> {
  /** Id of the activity that asked: a redelivery of it must not open a second case. */
  dedupeKey: string;
  words?: string;
  /** Whether agents can be reached now; if not, the user is told their case waits for the team. */
  supportChannelKnown: boolean;
  /** The request, for the support team's figures: committed with the case. */
  interactions?: Interaction[];
}

export type OpenCaseResult =
  | { outcome: 'opened' | 'appended'; case: Case }
  | { outcome: 'duplicate' };

export type CaseActionResult =
  | { ok: true; case: Case }
  | { ok: false; reason: 'not-found' | 'duplicate' }
  | { ok: false; reason: 'invalid-state' | 'conflict'; case: Case };

const MAX_WORDS = 20;
const MAX_ACT_ATTEMPTS = 3;
/**
 * Each round of a race between simultaneous requests of one user lets exactly one of them commit,
 * so N racers need N rounds: enough for a burst of messages, still bounded.
 */
const MAX_OPEN_ATTEMPTS = 10;
const MAX_WORD_LENGTH = 2000;
/** Lines of the case's recent exchange kept (the card shows the last few, the tab all of these). */
const MAX_EXCHANGE = 30;

type NextVersion =
  | { ok: true; case: Case; event: CaseEvent; outbox: NewOutboxItem[] }
  | { ok: false; reason: 'invalid-state'; case: Case };

/** Formats the readable case reference from the store's sequence. */
export function caseRef(n: number): string {
  return `WF-${String(n).padStart(4, '0')}`;
}

/**
 * Opens, appends to and moves cases. Every change is one store commit holding the case, its audit
 * event and the outgoing messages (outbox), so nothing is sent for a change that was not saved and
 * nothing saved is left unsent.
 */
export class HandoffService {
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date,
    private readonly onCommitted: () => void = () => undefined,
    private readonly telemetry: Telemetry = NO_TELEMETRY,
  ) {}

  async openOrAppend(request: OpenCaseRequest): Promise<OpenCaseResult> {
    // Two requests of one user can race to open "the" active case: the loser appends on its retry.
    for (let attempt = 0; attempt < MAX_OPEN_ATTEMPTS; attempt++) {
      const existing = await this.store.findActiveCase(request.userKey);
      const result = existing ? await this.append(existing, request) : await this.open(request);
      if (result !== 'conflict') return result;
    }
    throw new Error(`could not open or update the case after ${MAX_OPEN_ATTEMPTS} attempts`);
  }

  /** Applies an agent's (or the user's) action, by the rules of `applyCaseAction`. */
  async act(caseId: string, action: CaseAction, actor: Actor, dedupeKey: string): Promise<CaseActionResult> {
    const result = await this.change(caseId, dedupeKey, (current) => {
      const applied = applyCaseAction(current, action, actor, this.clock());
      if (!applied.ok) return applied;
      return { ok: true, case: applied.case, event: applied.event, outbox: [cardUpdate(applied.case), ...noticesFor(applied.case, action, actor)] };
    });
    if (result.ok && action.type === 'claim') this.telemetry.caseClaimed(Date.parse(result.case.updatedAt) - Date.parse(result.case.openedAt));
    if (result.ok && action.type === 'resolve') this.telemetry.caseResolved();
    return result;
  }

  /**
   * What the user writes while their case is open: kept in its history, posted in the case card's thread
   * for the agents, shown on the card, and confirmed to the user. Refused once the case is closed.
   */
  async addUserMessage(caseId: string, text: string, user: Person, dedupeKey: string): Promise<CaseActionResult> {
    return this.change(caseId, dedupeKey, (current) => {
      if (!isActive(current.state)) return { ok: false, reason: 'invalid-state', case: current };
      const { updated, event: said, line } = this.withLine(current, { from: 'user', text }, userActor(user), 'user-message');
      const thread: NewOutboxItem = { kind: 'post-thread-reply', caseId: current.id, payload: { author: user.name, text: line.text } };
      return { ok: true, case: updated, event: said, outbox: [thread, cardUpdate(updated), userNotice(updated, textNotice('case.appended', { ref: updated.ref }))] };
    });
  }

  /** An agent's message in the case card's thread: to the user, with the agent's name, and into the case history. */
  async relayAgentMessage(caseId: string, text: string, agent: Person, dedupeKey: string): Promise<CaseActionResult> {
    return this.change(caseId, dedupeKey, (current) => {
      if (!isActive(current.state)) return { ok: false, reason: 'invalid-state', case: current };
      const { updated, event: said, line } = this.withLine(current, { from: 'agent', name: agent.name, text }, { ...agent, role: 'agent' }, 'agent-message');
      const notice = textNotice('case.agentMessage', { ref: updated.ref, agent: agent.name, text: line.text });
      return { ok: true, case: updated, event: said, outbox: [userNotice(updated, notice), cardUpdate(updated)] };
    });
  }

  /**
   * Reads the case, builds its next version, commits it with its event and messages. A conflicting
   * write is retried on the fresh case: the bot's own bookkeeping (recording where the card was posted)
   * must not cost an agent their click, while a real race stays decided by the rules — claim only
   * applies to an unclaimed case, so the second of two agents gets 'invalid-state' and sees who holds it.
   */
  private async change(caseId: string, dedupeKey: string, next: (current: Case) => NextVersion): Promise<CaseActionResult> {
    let latest: Case | undefined;
    for (let attempt = 0; attempt < MAX_ACT_ATTEMPTS; attempt++) {
      latest = await this.store.getCase(caseId);
      if (!latest) return { ok: false, reason: 'not-found' };
      const built = next(latest);
      if (!built.ok) return built;
      const result = await this.store.commit({ dedupeKey, updateCases: [built.case], events: [built.event], outbox: built.outbox });
      if (result.ok) {
        this.onCommitted();
        return { ok: true, case: built.case };
      }
      if (result.reason === 'duplicate') return { ok: false, reason: 'duplicate' };
    }
    return { ok: false, reason: 'conflict', case: (await this.store.getCase(caseId)) ?? (latest as Case) };
  }

  /** The case with one more line in its recent exchange, and the history event that records it. */
  private withLine(c: Case, line: Omit<ExchangeLine, 'at'>, actor: Actor, type: 'user-message' | 'agent-message') {
    const at = this.clock().toISOString();
    const kept: ExchangeLine = { ...line, at, text: line.text.trim().slice(0, MAX_WORD_LENGTH) };
    const updated: Case = { ...c, transcript: [...c.transcript, kept].slice(-MAX_EXCHANGE), updatedAt: at, version: c.version + 1 };
    return { updated, event: event(updated, type, actor, at, kept.text), line: kept };
  }

  private async open(request: OpenCaseRequest): Promise<OpenCaseResult | 'conflict'> {
    const at = this.clock().toISOString();
    const opened: Case = {
      id: randomUUID(),
      ref: caseRef(await this.store.nextCaseNumber()),
      userKey: request.userKey,
      user: request.user,
      tenantId: request.tenantId,
      lang: request.lang,
      phase: request.phase,
      reason: request.reason,
      state: 'waiting',
      userWords: wordsOf(request.words),
      botAnswer: request.botAnswer,
      signals: request.signals,
      transcript: request.transcript,
      userConversation: request.userConversation,
      openedAt: at,
      updatedAt: at,
      version: 1,
    };
    const firstNotice: UserNotice =
      request.reason === 'exception'
        ? { notice: 'answer-card', phase: request.phase }
        : textNotice(request.supportChannelKnown ? 'case.opened' : 'case.waitingForChannel', { ref: opened.ref });
    const result = await this.store.commit({
      dedupeKey: request.dedupeKey,
      insertCases: [opened],
      events: [event(opened, 'opened', userActor(request.user), at, request.reason)],
      outbox: [{ kind: 'post-case-card', caseId: opened.id, payload: {} }, userNotice(opened, firstNotice)],
      interactions: request.interactions,
    });
    return this.settle(result, opened, 'opened');
  }

  private async append(existing: Case, request: OpenCaseRequest): Promise<OpenCaseResult | 'conflict'> {
    const at = this.clock().toISOString();
    const updated: Case = {
      ...existing,
      userWords: [...existing.userWords, ...wordsOf(request.words)].slice(-MAX_WORDS),
      signals: [...new Set([...(existing.signals ?? []), ...(request.signals ?? [])])],
      transcript: request.transcript.length ? request.transcript : existing.transcript,
      userConversation: request.userConversation,
      updatedAt: at,
      version: existing.version + 1,
    };
    const result = await this.store.commit({
      dedupeKey: request.dedupeKey,
      updateCases: [updated],
      events: [event(updated, 'appended', userActor(request.user), at, request.reason)],
      outbox: [cardUpdate(updated), userNotice(updated, textNotice('case.appended', { ref: updated.ref }))],
      interactions: request.interactions,
    });
    return this.settle(result, updated, 'appended');
  }

  private settle(result: Awaited<ReturnType<Store['commit']>>, saved: Case, outcome: 'opened' | 'appended'): OpenCaseResult | 'conflict' {
    if (!result.ok) return result.reason === 'duplicate' ? { outcome: 'duplicate' } : 'conflict';
    this.onCommitted();
    if (outcome === 'opened') this.telemetry.caseOpened(saved.reason);
    return { outcome, case: saved };
  }
}

function wordsOf(words: string | undefined): string[] {
  const trimmed = words?.trim();
  return trimmed ? [trimmed.slice(0, MAX_WORD_LENGTH)] : [];
}

function userActor(user: Person): Actor {
  return { ...user, role: 'user' };
}

function event(c: Case, type: CaseEvent['type'], actor: Actor, at: string, detail?: string): CaseEvent {
  return { caseId: c.id, at, type, actor, ...(detail ? { detail } : {}) };
}

function cardUpdate(c: Case): NewOutboxItem {
  return { kind: 'update-case-card', caseId: c.id, payload: {} };
}

function userNotice(c: Case, notice: UserNotice): NewOutboxItem {
  return { kind: 'notify-user', caseId: c.id, payload: notice };
}

/** What the user is told when an agent (or they themselves) moved their case. */
function noticesFor(c: Case, action: CaseAction, actor: Actor): NewOutboxItem[] {
  const agent = actor.name;
  switch (action.type) {
    case 'claim':
      return [userNotice(c, textNotice('case.claimed', { ref: c.ref, agent }))];
    case 'resolve':
      return [
        userNotice(
          c,
          c.resolutionNote
            ? textNotice('case.resolved', { ref: c.ref, agent, note: c.resolutionNote })
            : textNotice('case.resolvedNoNote', { ref: c.ref, agent }),
        ),
      ];
    case 'reopen':
      return [userNotice(c, textNotice('case.reopened', { ref: c.ref }))];
    case 'cancel':
      return [];
  }
}
