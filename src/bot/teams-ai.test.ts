import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ActivityTypes, TestAdapter } from 'botbuilder';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Application } from './teams-ai';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('teams-ai imports', () => {
  it('never import the package index, which loads the AI stack the bot does not use', () => {
    const offenders = sourceFiles(SRC).filter((file) => /from '@microsoft\/teams-ai'/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });
});

describe('Application', () => {
  afterEach(() => vi.useRealTimers());

  /** Types of the activities a message turn sends when its handler takes 1.5 s to answer. */
  async function slowTurnSends(startTypingTimer: boolean): Promise<string[]> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const app = new Application({ startTypingTimer });
    app.activity(ActivityTypes.Message, async (context) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await context.sendActivity('answer');
    });
    const sent: string[] = [];
    const adapter = new TestAdapter(async (context) => {
      context.onSendActivities(async (_context, activities, next) => {
        sent.push(...activities.map((activity) => String(activity.type)));
        return next();
      });
      await app.run(context);
    });
    const turn = adapter.send('hello').startTest();
    await vi.advanceTimersByTimeAsync(2_000);
    await turn;
    return sent;
  }

  it('sends no typing activity when told not to (teams-ai 1.7 ignores the option)', async () => {
    expect(await slowTurnSends(false)).toEqual(['message']);
  });

  it('still sends one when told to', async () => {
    expect(await slowTurnSends(true)).toEqual(['typing', 'message']);
  });
});
