import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { ConversationRef } from '../handoff/types';

/** Sends and updates messages in a conversation the bot is not currently in a turn with. */
export interface Messenger {
  /** Returns the id the channel gave the new message. */
  send(target: ConversationRef, activity: Partial<Activity>): Promise<string | undefined>;
  update(target: ConversationRef, activityId: string, activity: Partial<Activity>): Promise<void>;
}

/** Proactive messaging through the Bot Framework adapter (authenticated when the bot has an id). */
export class AdapterMessenger implements Messenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async send(target: ConversationRef, activity: Partial<Activity>): Promise<string | undefined> {
    let id: string | undefined;
    await this.continueWith(target, async (context) => {
      // A new message, not a reply: posted to the conversation itself (in a channel, a new post).
      const sent = await connectorOf(context).conversations.sendToConversation(target.conversation.id, {
        ...activity,
        channelId: context.activity.channelId,
        serviceUrl: context.activity.serviceUrl,
        conversation: context.activity.conversation,
        from: context.activity.recipient,
        recipient: context.activity.from,
      } as Activity);
      id = sent.id;
    });
    return id;
  }

  async update(target: ConversationRef, activityId: string, activity: Partial<Activity>): Promise<void> {
    await this.continueWith(target, async (context) => {
      await context.updateActivity({ ...activity, id: activityId });
    });
  }

  /**
   * The adapter hands errors thrown in a continued conversation to onTurnError, which swallows them.
   * The outbox must see the failure to retry, so it is carried out of the callback and rethrown.
   */
  private async continueWith(target: ConversationRef, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.botAppId, asReference(target), async (context) => {
      try {
        await logic(context);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
  }
}

function connectorOf(context: TurnContext): ConnectorClient {
  return context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
}

function asReference(target: ConversationRef): Partial<ConversationReference> {
  return target as unknown as Partial<ConversationReference>;
}
