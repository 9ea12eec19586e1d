/**
 * The bot's clock. BOT_NOW fixes the day the timeline is read at (demos, tests); time still moves
 * from there so ages, leases and retries behave as they would in production.
 */
export function createClock(botNow?: Date): () => Date {
  if (!botNow) return () => new Date();
  const offset = botNow.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
