import type { TurnContext } from 'botbuilder';
import type { AnswerCardCache } from '../cards';
import type { HandoffService } from '../handoff/service';
import type { SupportChannels } from '../handoff/support-channel';
import type { Knowledge, Lang } from '../knowledge';
import type { Logger } from '../logging/logger';
import type { Store } from '../storage/types';
import type { Telemetry } from '../telemetry/telemetry';
import type { RateLimiter } from './rate-limit';
import type { RecentClicks } from './repeat-clicks';

/** Everything the bot's handlers use, injected so tests can drive them with a fixed clock. */
export interface BotDeps {
  knowledge: Knowledge;
  answerCards: AnswerCardCache;
  store: Store;
  handoff: HandoffService;
  channels: SupportChannels;
  rateLimiter: RateLimiter;
  /** Answer-card clicks handled lately, so a repeated click is not acted on twice. */
  recentClicks: RecentClicks<string>;
  clock: () => Date;
  log: Logger;
  supportAgentIds: readonly string[];
  /** The bot's own Entra tenant (BOT_TENANT_ID): its members may register the support channel. */
  botTenantId?: string;
  supportLang: Lang;
  telemetry: Telemetry;
  /** Email / UPN of the user, when the channel can tell (Teams member look-up). */
  lookupEmail: (context: TurnContext) => Promise<string | undefined>;
}
