// zod's v4 engine (shipped inside zod 3.25): this runs on every request, and v4 parses it about 3x faster.
import { z } from 'zod/v4';

/** Activity types Bot Framework channels send; anything else is refused with 400. */
export const KNOWN_TYPES = [
  'message', 'invoke', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'messageUpdate',
  'messageDelete', 'event', 'typing', 'endOfConversation', 'contactRelationUpdate', 'deleteUserData', 'trace', 'handoff',
] as const;

const MAX_ID = 1024;
const id = z.string().min(1).max(MAX_ID);
// botbuilder sends the conversation id as an HTTP header (x-ms-conversation-id): only header-safe characters.
const conversationId = id.regex(/^[\t\x20-\x7e\x80-\xff]+$/, 'must be printable text');
const account = z.looseObject({ id, name: z.string().max(MAX_ID).optional(), aadObjectId: z.string().max(MAX_ID).optional() });

/**
 * botbuilder reads every entity's `type`, and a mention's `mentioned.id` and `text`, unchecked
 * (TurnContext.getMentions / removeMentionText): junk there would fail the turn instead of a 400.
 */
const mentionParts = z.object({ text: z.string().max(MAX_ID), mentioned: account });
const entity = z
  .looseObject({ type: z.string().max(MAX_ID) })
  .refine((e) => e.type.toLowerCase() !== 'mention' || mentionParts.safeParse(e).success, 'a mention needs text and mentioned.id');
const MAX_ENTITIES = 100;

/**
 * The shape the bot relies on before handing an activity to the Bot Framework adapter. Wrong types
 * or missing fields are refused here with a clear 400 instead of failing deep inside a handler.
 */
export const inboundActivity = z
  .looseObject({
    type: z.enum(KNOWN_TYPES),
    id: id.optional(),
    channelId: id,
    serviceUrl: z.string().url().max(MAX_ID).refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
    from: account,
    recipient: account,
    conversation: z.looseObject({ id: conversationId, conversationType: z.string().max(64).optional(), tenantId: z.string().max(MAX_ID).optional() }),
    text: z.string().optional(),
    locale: z.string().max(64).optional(),
    value: z.unknown().optional(),
    // Teams names the tenant, team and channel here; their ids end up in stored cases and outgoing calls.
    channelData: z
      .looseObject({
        tenant: z.looseObject({ id: id.optional() }).optional(),
        team: z.looseObject({ id: id.optional() }).optional(),
        channel: z.looseObject({ id: id.optional() }).optional(),
      })
      .optional(),
    entities: z.array(entity).max(MAX_ENTITIES).optional(),
  })
  // Removing the bot's @mention from a message edits its text, so a message with mentions needs one.
  .refine((a) => a.type !== 'message' || !a.entities?.length || typeof a.text === 'string', { message: 'a message with entities needs text', path: ['text'] });

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
}
