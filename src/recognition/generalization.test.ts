import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';

// Word families added for unseen phrasings; sentences written for these tests only.
describe('failure word families', () => {
  it.each([
    'workfront in outlook keeps crashing on me',
    'le volet workfront dans outlook est hors service',
    'Workfront in Outlook streikt heute komplett',
    'el panel de workfront en outlook ya no anda',
    'workfront in outlook oggi non parte proprio',
    'o workfront no outlook pifou de novo',
    'workfront in outlook blijft hangen bij het openen',
    'OutlookのWorkfrontがつながらない',
    'Outlook 워크프론트 접속이 안 돼요',
    'Outlook 里的 Workfront 连不上',
  ])('Workfront + Outlook + failure is the problem: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});

describe('asking for a person: request + person noun, call-me-back forms', () => {
  it.each([
    'may I have an engineer for the workfront outlook token error',
    'workfront outlook jeton : j\'aimerais un technicien',
    'Rufen Sie mich bitte an, Workfront Outlook Tokenfehler',
    'necesito un asesor, error de token en workfront outlook',
    'vorrei un tecnico, errore token workfront outlook',
    'quero um analista, erro de token no workfront do outlook',
    'bel me even terug over de workfront outlook tokenfout',
    'Workfront Outlookのトークンエラー、電話ください',
    'Workfront Outlook 토큰 오류, 연락 부탁드립니다',
    'Workfront Outlook 令牌错误，请给我打电话',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('neighbouring wording that must not count', () => {
  it('"our staff" / "employees" is not a request for a person', () => {
    expect(recognize('スタッフ全員のWorkfront Outlookでトークンエラー').wantsHuman).toBe(false);
    expect(recognize('직원들 모두 Workfront Outlook 토큰 오류가 나요').wantsHuman).toBe(false);
    expect(recognize('I am on a call, but the workfront outlook token error is back').wantsHuman).toBe(false);
  });
  it('forwarding mail to Workfront is another Workfront feature', () => {
    expect(recognize('forwarding a mail from outlook into workfront fails').topic).toBe('none');
    expect(recognize('wenn ich eine Mail aus Outlook an Workfront weiterleite, passiert nichts').topic).toBe('none');
  });
  it('a bare French "quand" is not deadline vocabulary', () => {
    expect(recognize('quand je clique dans Outlook sur Workfront la page change').topic).toBe('none');
  });
});
