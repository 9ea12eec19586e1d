import type { Request } from 'restify';
import type { Logger } from '../logging/logger';
import type { IsTeamMember } from './membership';
import { SsoError, type SsoValidator } from './sso';

/** Who is using the tab, as the case events and notices will name them. */
export interface TabAgent {
  id: string;
  name: string;
  aadObjectId?: string;
}

export type TabAccess =
  | { ok: true; agent: TabAgent; mode: 'local' | 'sso' }
  | { ok: false; status: 401 | 403 | 503; error: string };

export type Authorize = (req: Request) => Promise<TabAccess>;

export interface AuthorizeOptions {
  /** No BOT_ID: the tab is open to anyone who reaches it, as the messaging endpoint is (the page says so). */
  localMode: boolean;
  /** Undefined when the tab's SSO is not configured (no audience or no tenant). */
  sso?: SsoValidator;
  agentIds: readonly string[];
  isTeamMember: IsTeamMember;
  log: Logger;
}

/** Everyone is this person in local mode. */
export const LOCAL_AGENT: TabAgent = { id: 'local-agent', name: 'Local agent' };

/**
 * Decides who may use the tab's API: in local mode anyone; otherwise the bearer of a valid Teams SSO
 * token (see SsoValidator) who is listed in SUPPORT_AGENT_IDS or is a member of the support channel's
 * team. A missing or bad token is 401; a valid one of someone else 403; when the keys or Teams
 * cannot be reached, 503. Nothing is read before this answers.
 */
export function createAuthorizer(options: AuthorizeOptions): Authorize {
  const { log } = options;
  if (options.localMode) return async () => ({ ok: true, agent: LOCAL_AGENT, mode: 'local' });
  return async (req) => {
    const sso = options.sso;
    if (!sso) return { ok: false, status: 503, error: 'tab sign-in is not configured (TAB_SSO_CLIENT_ID or TAB_SSO_APP_ID_URI, and BOT_TENANT_ID)' };
    const token = /^Bearer (\S+)$/.exec(req.header('authorization') ?? '')?.[1];
    if (!token) return { ok: false, status: 401, error: 'sign-in required' };
    let user;
    try {
      user = await sso.verify(token);
    } catch (error) {
      const unavailable = error instanceof SsoError && error.kind === 'unavailable';
      log.warn({ path: req.path(), reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' }, unavailable ? 'tab sign-in keys unavailable' : 'tab token refused');
      return unavailable ? { ok: false, status: 503, error: 'sign-in cannot be checked now' } : { ok: false, status: 401, error: 'invalid token' };
    }
    const agent: TabAgent = { id: user.objectId, name: user.name, aadObjectId: user.objectId };
    if (options.agentIds.includes(user.objectId)) return { ok: true, agent, mode: 'sso' };
    const member = await options.isTeamMember(user.objectId);
    if (member === true) return { ok: true, agent, mode: 'sso' };
    if (member === undefined) return { ok: false, status: 503, error: 'team membership cannot be checked now' };
    log.warn({ path: req.path(), objectId: user.objectId }, 'tab refused: not a support agent');
    return { ok: false, status: 403, error: 'only support agents may use this tab' };
  };
}
