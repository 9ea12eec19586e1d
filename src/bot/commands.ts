import type { TurnContext } from 'botbuilder';
import { plain } from '../cards/messages';
import { mayRegisterChannel } from '../handoff/registration';
import { channelIdOf } from '../handoff/support-channel';
import { isActive } from '../handoff/transitions';
import type { Lang } from '../knowledge';
import type { BotDeps } from './deps';
import { replyOnce } from './reply';
import type { TurnMemory } from './state';
import type { TurnFacts } from './turn';

const MAX_LISTED = 20;

export async function registerChannel(context: TurnContext, memory: TurnMemory, deps: BotDeps, facts: TurnFacts, lang: Lang): Promise<void> {
  const channelId = channelIdOf(context.activity);
  const verdict = mayRegisterChannel({
    configuredByEnv: deps.channels.configuredByEnv,
    agentIds: deps.supportAgentIds,
    botTenantId: deps.botTenantId,
    requester: facts.user,
    tenantId: facts.tenantId,
    channelId,
    currentChannelId: (await deps.channels.current())?.id,
  });
  if (!verdict.ok || !channelId) {
    deps.log.warn({ activityId: facts.activityId, userKey: facts.userKey, tenantId: facts.tenantId, reason: verdict.ok ? 'not-a-channel' : verdict.reason }, 'support channel registration refused');
    const off = !verdict.ok && (verdict.reason === 'registration-off' || verdict.reason === 'configured-by-env');
    return replyOnce(context, memory, facts, plain(deps.knowledge.t(lang, off ? 'channel.registrationOff' : 'agent.refused')));
  }
  const actor = { ...facts.user, tenantId: facts.tenantId };
  await deps.channels.register({ id: channelId, serviceUrl: context.activity.serviceUrl, tenantId: facts.tenantId }, { actor, at: deps.clock().toISOString(), dedupeKey: facts.activityId });
  deps.log.info({ channelId, by: facts.userKey, tenantId: facts.tenantId }, 'support channel registered');
  await replyOnce(context, memory, facts, plain(deps.knowledge.t(lang, 'channel.registered')));
}

export async function statusText(deps: BotDeps, userKey: string, lang: Lang, now: Date): Promise<string> {
  const k = deps.knowledge;
  const cases = await deps.store.listCasesByUser(userKey, MAX_LISTED);
  if (!cases.length) return k.t(lang, 'status.none');
  const lines = cases.map((c) =>
    k.t(lang, 'status.item', { ref: c.ref, state: k.t(lang, `state.${c.state}`), age: k.formatAge(lang, now.getTime() - Date.parse(c.openedAt)) }),
  );
  return [k.t(lang, 'status.heading'), ...lines].join('\n');
}

export async function casesText(deps: BotDeps, now: Date): Promise<string> {
  const k = deps.knowledge;
  const lang = deps.supportLang;
  const cases = (await deps.store.listActiveCases(MAX_LISTED)).filter((c) => isActive(c.state));
  if (!cases.length) return k.t(lang, 'cases.none');
  const lines = cases.map((c) =>
    k.t(lang, 'cases.item', { ref: c.ref, state: k.t(lang, `state.${c.state}`), age: k.formatAge(lang, now.getTime() - Date.parse(c.openedAt)), user: c.user.name }),
  );
  return [k.t(lang, 'cases.heading'), ...lines].join('\n');
}
