import { describe, expect, it } from 'vitest';
import { RecentClicks } from './repeat-clicks';

const click = { userKey: 'u1', verb: 'handoff', cardId: 'card-1', data: { verb: 'handoff', lang: 'fr' } };

describe('RecentClicks', () => {
  it('handles a click once and answers identical repeats within the window with the same answer', async () => {
    let now = 0;
    const clicks = new RecentClicks<string>(30_000, () => now);
    let handled = 0;
    const handle = async () => `answer ${++handled}`;
    expect(await clicks.once(click, handle)).toEqual({ answer: 'answer 1', repeated: false });
    now = 29_999;
    expect(await clicks.once(click, handle)).toEqual({ answer: 'answer 1', repeated: true });
    now = 30_000;
    expect(await clicks.once(click, handle)).toEqual({ answer: 'answer 2', repeated: false });
  });

  it('tells clicks apart by person, button, card and data', async () => {
    const clicks = new RecentClicks<number>();
    let handled = 0;
    const handle = async () => ++handled;
    await clicks.once(click, handle);
    await clicks.once({ ...click, userKey: 'u2' }, handle);
    await clicks.once({ ...click, verb: 'feedback.helped' }, handle);
    await clicks.once({ ...click, cardId: 'card-2' }, handle);
    await clicks.once({ ...click, data: { verb: 'handoff', lang: 'de' } }, handle);
    expect(handled).toBe(5);
  });

  it('lets concurrent repeats wait for the first one instead of running again', async () => {
    const clicks = new RecentClicks<string>();
    let handled = 0;
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handle = async () => {
      handled += 1;
      await gate;
      return 'done';
    };
    const all = Promise.all(Array.from({ length: 50 }, () => clicks.once(click, handle)));
    release();
    const results = await all;
    expect(handled).toBe(1);
    expect(results.filter((r) => r.repeated)).toHaveLength(49);
  });

  it('tries again after a click that failed', async () => {
    const clicks = new RecentClicks<string>();
    await expect(clicks.once(click, async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await clicks.once(click, async () => 'ok')).toEqual({ answer: 'ok', repeated: false });
  });

  it('stays bounded when many people click', async () => {
    let now = 0;
    const clicks = new RecentClicks<number>(30_000, () => now, 100);
    for (let i = 0; i < 1000; i++) {
      now += 1;
      await clicks.once({ ...click, userKey: `u${i}` }, async () => i);
    }
    expect((clicks as unknown as { clicks: Map<string, unknown> }).clicks.size).toBeLessThanOrEqual(100);
  });
});
