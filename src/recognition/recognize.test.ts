import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';
import { CASES } from './testing/recognize-cases';

describe.each(Object.entries(CASES))('recognize (%s)', (_lang, cases) => {
  it.each(cases.topic)('token error: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
  it.each(cases.human)('token error + person: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
  it.each(cases.none)('not this problem: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'none', wantsHuman: false });
  });
});

describe('recognize signals', () => {
  it('names what matched, never the text', () => {
    const { signals } = recognize('Unexpected error: Unable to get the outlookIdentityToken in Workfront');
    expect(signals).toEqual(['exact-error', 'token-name']); // decisive: the rest is not weighed
    expect(signals.join(' ')).not.toMatch(/unable/i);
    expect(recognize('Workfront in Outlook keeps failing to sign in').signals).toEqual(expect.arrayContaining(['workfront', 'outlook', 'auth-failure']));
  });
  it('reports admin and exception vocabulary', () => {
    expect(recognize('Set-AuthenticationPolicy -AllowLegacyExchangeTokens $true').signals).toContain('admin-switch');
    expect(recognize('Can we re-enable legacy Exchange tokens for Workfront?').signals).toEqual(expect.arrayContaining(['legacy-tokens', 'admin-reenable']));
    expect(recognize('Will Microsoft grant an exception for legacy Exchange tokens?').signals).toContain('exception');
  });
  it('asks for a person without a topic on its own', () => {
    expect(recognize('I would like to talk to a human')).toMatchObject({ topic: 'none', wantsHuman: true });
  });
});

describe('recognize commands', () => {
  const commands: Array<[string, string]> = [
    ['help', 'help'], ['Aide', 'help'], ['hilfe bitte', 'help'], ['¡Ayuda!', 'help'], ['aiuto', 'help'], ['ajuda', 'help'],
    ['hulp', 'help'], ['ヘルプ', 'help'], ['도움말', 'help'], ['帮助', 'help'], ['/help', 'help'], ['<at>Support Bot</at> help', 'help'],
    ['status', 'status'], ['statut', 'status'], ['Estado', 'status'], ['stato', 'status'], ['状態', 'status'], ['상태', 'status'], ['状态', 'status'],
    ['cancel', 'cancel'], ['annuler', 'cancel'], ['Abbrechen', 'cancel'], ['cancelar', 'cancel'], ['annulla', 'cancel'], ['annuleren', 'cancel'],
    ['キャンセル', 'cancel'], ['취소', 'cancel'], ['取消', 'cancel'],
    ['cases', 'cases'], ['open cases', 'cases'], ['Fälle', 'cases'], ['casos', 'cases'],
    ['use this channel for support', 'register-channel'], ['Please use this channel for support.', 'register-channel'],
    ['utiliser ce canal pour le support', 'register-channel'], ['Diesen Kanal für den Support verwenden', 'register-channel'],
  ];
  it.each(commands)('%s -> %s', (text, command) => {
    expect(recognize(text)).toMatchObject({ command, topic: 'none' });
  });
  it.each(['help me with the outlookIdentityToken error', 'what is the status of legacy tokens?', 'I cancelled my meeting'])('is not a command inside a sentence: %s', (text) => {
    expect(recognize(text).command).toBeUndefined();
  });
});

describe('recognize robustness', () => {
  it('stays fast on a 100k-character message', () => {
    const huge = 'outlook add-in workfront '.repeat(4000);
    const start = performance.now();
    recognize(huge);
    expect(performance.now() - start).toBeLessThan(50);
  });
  it('handles empty and symbol-only text', () => {
    expect(recognize('')).toMatchObject({ topic: 'none', wantsHuman: false });
    expect(recognize('🙂🙂 ???')).toMatchObject({ topic: 'none', wantsHuman: false });
  });
});
