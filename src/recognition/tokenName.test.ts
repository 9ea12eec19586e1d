import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { findTokenName, withinEdits } from './tokenName';

const find = (text: string) => findTokenName(normalize(text));

describe('findTokenName', () => {
  it.each(['OUTLOOKIDENTITYTOKEN', 'outlook identity token', 'Outlook-Identity-Token', 'token outlookIdentityTokenを取得'])('finds %s exactly', (text) => {
    expect(find(text)).toBe('token-name');
  });
  it.each(['outlookIdentitiyToken', 'outlok identity tokem', 'OutlookIdentToken', 'outlookidentitytokn'])('finds the misspelling %s', (text) => {
    expect(find(text)).toBe('token-fuzzy');
  });
  it.each(['outlook token', 'identity token', 'outlook identity', 'my github token', 'outlook id token thing'])('does not see the name in %s', (text) => {
    expect(find(text)).toBeUndefined();
  });
});

describe('withinEdits', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(withinEdits('kitten', 'sitting', 3)).toBe(true);
    expect(withinEdits('kitten', 'sitting', 2)).toBe(false);
    expect(withinEdits('abc', 'abcdef', 2)).toBe(false);
  });
});
