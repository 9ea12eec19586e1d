import { z } from 'zod';

/** Activity types Bot Framework channels send; anything else is refused with 400. */
export const KNOWN_TYPES = [
  'message', 'invoke', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'messageUpdate',
  'messageDelete', 'event', 'typing', 'endOfConversation', 'contactRelationUpdate', 'deleteUserData', 'trace', 'handoff',
] as const;

const MAX_ID = 1024;
const id = z.string().min(1).max(MAX_ID);
const account = z.object({ id, name: z.string().max(MAX_ID).optional(), aadObjectId: z.string().max(MAX_ID).optional() }).passthrough();

/**
 * The shape the bot relies on before handing an activity to the Bot Framework adapter. Wrong types
 * or missing fields are refused here with a clear 400 instead of failing deep inside a handler.
 */
export const inboundActivity = z
  .object({
    type: z.enum(KNOWN_TYPES),
    id: id.optional(),
    channelId: id,
    serviceUrl: z.string().url().max(MAX_ID).refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
    from: account,
    recipient: account,
    conversation: z.object({ id, conversationType: z.string().max(64).optional(), tenantId: z.string().max(MAX_ID).optional() }).passthrough(),
    text: z.string().optional(),
    locale: z.string().max(64).optional(),
    value: z.unknown().optional(),
  })
  .passthrough();

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
}
