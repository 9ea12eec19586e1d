import type { ExchangeLine } from '../handoff/types';
import type { Lang, Phase } from '../knowledge/types';
import { ETagConflictError, type CommitResult, type DocWrites, type Interaction, type Store } from '../storage/types';

/** What the bot remembers about a conversation between turns (kept in the store, survives restarts). */
export interface ConversationMemory {
  /** Language last detected from the user's own words. */
  lang?: Lang;
  /** When the conversation was last about the token error, and which answer it got. */
  topicAt?: string;
  answeredPhase?: Phase;
  /** What the recognizer matched in the message that got that answer. */
  signals?: string[];
  /** The recent exchange, shown to the agent when a case opens. */
  transcript?: ExchangeLine[];
  /** Set once this conversation opened a case: its messages are then checked for an open case to add to. */
  caseId?: string;
  /** What the bot last answered: a thank-you right after the answer card or a follow-up answer is "This helped". */
  lastReply?: 'answer' | 'follow-up' | 'ack' | 'case';
}

type MemoryStore = Pick<Store, 'readDocs' | 'writeDocs' | 'commit'>;
/** The parts of an activity that name its conversation. */
type ConversationOf = { channelId: string; recipient: { id: string }; conversation: { id: string } };

/** One doc per conversation, under the key teams-ai's TurnState uses for conversation state. */
export function memoryKey(activity: ConversationOf): string {
  return `${activity.channelId}/${activity.recipient.id}/conversations/${activity.conversation.id}`;
}

/**
 * A conversation's memory for one turn: read once, changed by the handlers, then written with the
 * turn's commit, so the reply's dedupe key and what the bot remembers land in one transaction; a turn
 * that commits nothing else writes it on its own at the end. Writes carry the eTag read, so when two
 * turns of one conversation run at once (two instances), the first to save wins and the other's
 * changes are dropped rather than mixed in; its reply still goes out.
 */
export class TurnMemory {
  private savedJson: string;

  private constructor(
    private readonly store: MemoryStore,
    readonly key: string,
    readonly value: ConversationMemory,
    /** Undefined when the doc is new, or after this turn wrote it (its new eTag is the store's). */
    private eTag: string | undefined,
  ) {
    this.savedJson = JSON.stringify(value);
  }

  static async load(store: MemoryStore, activity: ConversationOf): Promise<TurnMemory> {
    const key = memoryKey(activity);
    const doc = (await store.readDocs([key]))[key];
    return new TurnMemory(store, key, (doc?.value as ConversationMemory | undefined) ?? {}, doc?.eTag);
  }

  /**
   * Records the turn's activity as handled (dedupe) together with this memory's changes; when another
   * turn saved the memory first, records the activity alone. A redelivery's changes are dropped: the
   * turn that handled the activity already remembered it.
   */
  async commitHandled(dedupeKey: string, interactions?: Interaction[]): Promise<CommitResult> {
    const pending = this.pending();
    const handled = { dedupeKey, interactions };
    if (!pending) return this.store.commit(handled);
    const result = await this.store.commit({ ...handled, docs: pending.docs });
    this.markSaved(pending.json); // saved, a duplicate, or (conflict) the other turn's memory stands
    return result.ok || result.reason !== 'conflict' ? result : this.store.commit(handled);
  }

  /** Writes what changed since the last save, if anything (end of turn). */
  async save(): Promise<'saved' | 'unchanged' | 'superseded'> {
    const pending = this.pending();
    if (!pending) return 'unchanged';
    try {
      await this.store.writeDocs(pending.docs);
      return 'saved';
    } catch (error) {
      if (error instanceof ETagConflictError) return 'superseded';
      throw error;
    } finally {
      this.markSaved(pending.json);
    }
  }

  /** The write that saves what changed since the last save, and the JSON it saves; undefined when nothing did. */
  private pending(): { docs: DocWrites; json: string } | undefined {
    const json = JSON.stringify(this.value);
    if (json === this.savedJson) return undefined;
    // After this turn's own write the stored eTag is unknown here; a later change in the same turn
    // continues that write, so it overwrites.
    return { docs: { [this.key]: { value: this.value, eTag: this.eTag ?? '*' } }, json };
  }

  private markSaved(json: string): void {
    this.savedJson = json;
    this.eTag = undefined;
  }
}

const TRANSCRIPT_LINES = 8;
const LINE_LENGTH = 500;
/** A "get me a person" within this long after the problem was discussed refers to it. */
export const TOPIC_MEMORY_MS = 24 * 60 * 60 * 1000;

export function remember(memory: ConversationMemory, line: ExchangeLine): void {
  const text = line.text.slice(0, LINE_LENGTH);
  memory.transcript = [...(memory.transcript ?? []), { ...line, text }].slice(-TRANSCRIPT_LINES);
}

export function recentlyOnTopic(memory: ConversationMemory, now: Date): boolean {
  return memory.topicAt !== undefined && now.getTime() - Date.parse(memory.topicAt) < TOPIC_MEMORY_MS;
}
