/**
 * The parts of teams-ai this bot uses, imported from their own modules: the package's index also loads
 * its AI stack (planners, models, tokenizers, OpenAI client), about 27 MB of heap this bot never runs.
 */
export { Application } from '@microsoft/teams-ai/lib/Application';
export { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
export type { AdaptiveCard } from '@microsoft/teams-ai/lib/AdaptiveCards';
