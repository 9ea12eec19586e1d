import { it } from 'vitest';
import { BotHarness } from '../support/bot-harness';
import { execute, message, newUser, asUser } from '../support/activities';
it('dbg', async () => {
  const bot = await BotHarness.start();
  const cases: Record<string, any>[] = [
    { ...message(bot.url, newUser(), 'x'), type: 'invoke' },
    { ...message(bot.url, newUser(), 'x'), type: 'invoke', name: 'foo' },
    execute(bot.url, asUser(newUser()), 'case.claim', { caseId: 'c-1' }),
    { ...execute(bot.url, asUser(newUser()), 'handoff'), value: 5 },
    { ...execute(bot.url, asUser(newUser()), 'handoff'), value: { action: { verb: 7 } } },
    { ...execute(bot.url, asUser(newUser()), 'handoff'), name: undefined },
    { ...execute(bot.url, asUser(newUser()), 'nope') },
  ];
  for (const c of cases) { const r = await bot.post(c); process.stdout.write(`S ${r.status} `); console.log(String(JSON.stringify(r.body)).slice(0, 200)); }
  await bot.stop();
});
