import { describe, expect, it } from 'vitest';
import { normalize } from '../recognition/normalize';
import { residualWords } from './residual';

const residual = (text: string) => residualWords(normalize(text));

describe('residualWords: what a message says beyond grammar and known words', () => {
  it('is empty for follow-ups made of the problem’s and the families’ words', () => {
    for (const text of ['when will it be fixed?', 'can my admin turn it back on', 'et ça va revenir un jour ?', 'geht es im Browser?', 'いつ直りますか', '언제 고쳐지나요?', '为什么会这样', 'the workfront add-in in outlook'])
      expect(residual(text), text).toEqual([]);
  });

  it('keeps the words of a subject of its own', () => {
    expect(residual('who won the game last night?')).toEqual(expect.arrayContaining(['won', 'game', 'night']));
    expect(residual('mon écran clignote')).toEqual(['ecran', 'clignote']);
    expect(residual('今日の食堂のメニューは？')).toEqual(['食堂', 'メニュー']);
    expect(residual('今天食堂吃什么')).toEqual(['食堂吃']);
    expect(residual('오늘 구내식당 메뉴 뭐예요')).toEqual(['구내식당', '메뉴']);
  });

  it('drops Korean particles and predicates, and short Latin words', () => {
    expect(residual('연차 신청은 어디서 해요')).toEqual(['연차', '신청']);
    expect(residual('ok so on my pc')).toEqual([]);
  });
});
