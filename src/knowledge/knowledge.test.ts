import { describe, expect, it } from 'vitest';
import { loadKnowledge } from './load';
import { FOLLOW_UP_TOPICS, LANGS, PHASES } from './types';

const k = loadKnowledge();
const FAQ = 'faq-nested-app-auth-outlook-legacy-tokens';
const TOGGLE = 'turn-exchange-tokens-on-off';

describe('answer', () => {
  for (const lang of LANGS) {
    for (const phase of PHASES) {
      it(`${lang} ${phase}: complete, linked to Microsoft in the right locale`, () => {
        const a = k.answer(lang, phase, new Date('2025-08-15T10:00:00Z'));
        for (const s of [a.title, a.meaning, a.todayHeading, a.today, a.stepsHeading, a.linksHeading]) {
          expect(s.trim().length).toBeGreaterThan(0);
          expect(s).not.toMatch(/{{|}}/);
        }
        expect(a.steps.length).toBeGreaterThanOrEqual(3);
        expect(a.steps.length).toBeLessThanOrEqual(5);
        expect(a.links.some((l) => l.url.includes(FAQ))).toBe(true);
        expect(a.links.some((l) => l.url.includes(TOGGLE))).toBe(phase === 'self-service');
        for (const l of a.links) expect(l.url.startsWith(`https://learn.microsoft.com/${k.learnLocale(lang)}/`)).toBe(true);
        expect(a.todayHeading).toContain(k.formatDate(lang, new Date('2025-08-15T10:00:00Z')));
      });
    }
  }

  it('self-service steps give the exact Exchange Online PowerShell commands', () => {
    for (const lang of LANGS) {
      const steps = k.answer(lang, 'self-service').steps.join('\n');
      expect(steps).toContain('Set-AuthenticationPolicy -AllowLegacyExchangeTokens -Identity "LegacyExchangeTokens"');
      expect(steps).toContain('Get-AuthenticationPolicy -AllowLegacyExchangeTokens');
      expect(steps).toContain('Connect-ExchangeOnline');
    }
  });

  it('states the phase dates from the timeline', () => {
    expect(k.answer('en', 'self-service').today).toContain('June 30, 2025');
    expect(k.answer('en', 'exception-only').today).toContain('September 30, 2025');
    expect(k.answer('en', 'retired').today).toContain('October 1, 2025');
    expect(k.answer('fr', 'retired').today).toContain('1 octobre 2025');
  });

  it('retired phase offers no way to turn tokens back on', () => {
    const steps = k.answer('en', 'retired').steps.join(' ');
    expect(steps).not.toContain('Set-AuthenticationPolicy');
    expect(k.answer('en', 'retired').today).toMatch(/no longer works/);
  });
});

describe('t and list', () => {
  it('interpolates variables without HTML-escaping them', () => {
    expect(k.t('en', 'case.claimed', { ref: 'WF-7', agent: 'Ana & <Bo>' })).toBe('Ana & <Bo> is now handling your case WF-7.');
    expect(k.t('fr', 'case.cancelled', { ref: 'WF-8' })).toBe('Votre dossier WF-8 est annulé.');
  });

  it('returns lists', () => {
    const commands = k.list('de', 'help.commands');
    expect(commands).toHaveLength(3);
    expect(commands.join(' ')).toMatch(/help.*status.*cancel/s);
  });

  it('returns an empty list for a key that is not a list', () => {
    expect(k.list('en', 'answer.title')).toEqual([]);
  });
});

describe('followUp', () => {
  const DATE_DEPENDENT = ['when-fixed', 'alternatives', 'admin', 'exception', 'who-affected'] as const;

  it('answers every topic in every language and phase, filled in and traceable', () => {
    for (const lang of LANGS) {
      for (const topic of FOLLOW_UP_TOPICS) {
        for (const phase of PHASES) {
          const answer = k.followUp(lang, topic, phase);
          expect(answer.topic).toBe(topic);
          expect(answer.text.trim().length, `${lang} ${topic} ${phase}`).toBeGreaterThan(20);
          expect(answer.text, `${lang} ${topic} ${phase}`).not.toMatch(/{{|}}|followUp\./);
          expect(answer.text).not.toContain(FAQ);
          expect(answer.sources.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('gives one answer per phase where the truth depends on the date, and the same one elsewhere', () => {
    for (const lang of LANGS) {
      for (const topic of FOLLOW_UP_TOPICS) {
        const texts = new Set(PHASES.map((phase) => k.followUp(lang, topic, phase).text));
        expect(texts.size, `${lang} ${topic}`).toBe((DATE_DEPENDENT as readonly string[]).includes(topic) ? 3 : 1);
      }
    }
  });

  it('states the dates of the timeline', () => {
    expect(k.followUp('en', 'admin', 'self-service').text).toContain('June 30, 2025');
    expect(k.followUp('en', 'exception', 'exception-only').text).toContain('September 30, 2025');
    expect(k.followUp('en', 'admin', 'retired').text).toContain('October 1, 2025');
    expect(k.followUp('de', 'when-fixed', 'retired').text).toContain('1. Oktober 2025');
  });

  it('never offers a way back once the tokens are retired', () => {
    expect(k.followUp('en', 'admin', 'retired').text).toMatch(/^No\./);
    expect(k.followUp('en', 'exception', 'retired').text).toMatch(/^No\./);
    expect(k.followUp('en', 'exception', 'exception-only').text).toMatch(/^Yes, until/);
    for (const lang of LANGS) expect(k.followUp(lang, 'admin', 'retired').text).not.toContain('Set-AuthenticationPolicy');
  });

  it('names the sources the answer rests on', () => {
    expect(k.followUp('fr', 'mobile', 'retired').sources).toContain('workfront-mobile-app');
    expect(k.followUp('fr', 'admin', 'retired').sources).toContain('turn-tokens-on-off');
  });

  it('has the acknowledgement and "cannot answer" lines, offering a person', () => {
    for (const lang of LANGS) {
      for (const key of ['followUp.ack.afterAnswer', 'followUp.ack.generic']) expect(k.t(lang, key).length).toBeGreaterThan(5);
      expect(k.t(lang, 'followUp.cannotAnswer')).toContain(k.t(lang, 'action.handoff'));
    }
  });
});
