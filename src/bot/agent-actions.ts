import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from './teams-ai';
import { caseCard } from '../cards';
import type { CaseAction } from '../handoff/transitions';
import type { Case } from '../handoff/types';
import { isAgentContext } from './agents';
import type { BotDeps } from './deps';
import { turnFacts } from './turn';

export const AGENT_VERBS = ['case.claim', 'case.resolve', 'case.reopen'] as const;
export type AgentVerb = (typeof AGENT_VERBS)[number];

/** Raised to answer the Action.Execute with an error the Teams client shows on the card. */
export class ActionRefused extends Error {
  constructor(
    readonly statusCode: 400 | 403 | 404 | 429,
    message: string,
  ) {
    super(message);
    this.name = 'ActionRefused';
  }
}

/**
 * Claim / Resolve / Reopen from the case card. Accepted only from the support channel (or a listed
 * agent); returns the case card as it now is, which Teams shows in place of the clicked one.
 */
export async function onAgentAction(context: TurnContext, deps: BotDeps, verb: AgentVerb, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const facts = turnFacts(context.activity);
  const t = (key: string) => deps.knowledge.t(deps.supportLang, key);
  if (!deps.rateLimiter.check(facts.userKey).allowed) {
    deps.log.warn({ activityId: facts.activityId, verb, userKey: facts.userKey }, 'agent rate limited (card action)');
    throw new ActionRefused(429, deps.knowledge.t(deps.supportLang, 'rate.limited'));
  }
  if (!(await isAgentContext(context.activity, deps))) {
    deps.log.warn({ activityId: facts.activityId, verb, userKey: facts.userKey, conversationType: facts.conversationType }, 'agent action refused: not from the support channel');
    throw new ActionRefused(403, t('agent.refused'));
  }
  const caseId = typeof data.caseId === 'string' ? data.caseId : undefined;
  if (!caseId) throw new ActionRefused(400, 'caseId is missing');
  const action = actionOf(verb, data);
  const result = await deps.handoff.act(caseId, action, { ...facts.user, role: 'agent' }, facts.activityId);
  if (!result.ok && result.reason === 'not-found') throw new ActionRefused(404, 'case not found');
  deps.log.info({ activityId: facts.activityId, verb, caseId, outcome: result.ok ? 'done' : result.reason }, 'agent action');
  const current = 'case' in result ? result.case : await deps.store.getCase(caseId);
  if (!current) throw new ActionRefused(404, 'case not found');
  return render(deps, current);
}

function actionOf(verb: AgentVerb, data: Record<string, unknown>): CaseAction {
  switch (verb) {
    case 'case.claim':
      return { type: 'claim' };
    case 'case.resolve':
      return { type: 'resolve', note: typeof data.note === 'string' ? data.note : undefined };
    case 'case.reopen':
      return { type: 'reopen' };
  }
}

async function render(deps: BotDeps, c: Case): Promise<AdaptiveCard> {
  const events = await deps.store.listEvents(c.id);
  return caseCard(deps.knowledge, { case: c, events, lang: deps.supportLang, now: deps.clock() }) as AdaptiveCard;
}
