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

describe('asking someone to take over the computer (remote assistance) is asking for a person', () => {
  it.each([
    'could someone remote into my laptop, the workfront outlook token error is back',
    'quelqu\'un peut faire une prise en main à distance ? erreur de jeton workfront outlook',
    'Bitte per Fernwartung auf meinen Rechner, Workfront Outlook Tokenfehler',
    '¿alguien puede hacer una conexión remota? error de token en workfront outlook',
    'serve assistenza remota, errore token workfront outlook',
    'preciso de acesso remoto, erro de token no workfront do outlook',
    'kan iemand op afstand meekijken? workfront outlook tokenfout',
    'Workfront Outlookのトークンエラー、リモートで見てもらえますか',
    'Workfront Outlook 토큰 오류, 원격으로 봐주실 수 있나요',
    'Workfront Outlook 令牌错误，能远程协助一下吗',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });

  it('still needs the problem: remote help with a laptop is not this topic', () => {
    expect(recognize('can someone remote into my laptop, the battery drains fast')).toMatchObject({ topic: 'none', wantsHuman: true });
  });
});

describe('a person asked for about Workfront\'s Outlook add-in, named in full', () => {
  it.each([
    'I need someone from IT to look at the Workfront plugin for Outlook',
    'ich hätte gern einen Techniker zum Workfront Add-in in Outlook',
  ])('is about this problem: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });

  it('naming the add-in without asking for anyone is not enough', () => {
    expect(recognize('does the Workfront Outlook add-in work with shared mailboxes?').topic).toBe('none');
  });
});

describe('spelling and word-order variants', () => {
  it.each([
    'workfront in outlok shows an error about tokens',
    'Das Workfront Panel in Outlook geht seit gestern nicht',
    'Outlook 的 Workfront 外掛一直出錯',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it('a measure word between "call" and "me" still asks for a call back', () => {
    expect(recognize('Workfront Outlook 令牌错误，请给我打个电话')).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('asking to assign the case to someone, or for someone to come over', () => {
  it.each([
    'please assign this to a technician, workfront outlook token error again',
    'Por favor asígnenlo a un técnico: error de token en Workfront para Outlook',
    'Workfront Outlook 토큰 오류입니다. 기술자에게 배정해 주세요',
    'can someone swing by my desk? workfront in outlook token error',
    'Workfront Outlook 令牌错误，能派人过来一下吗',
    'Wenn es heute nicht klappt, ruft mich bitte jemand an? Workfront Outlook Tokenfehler',
    'workfront outlook tokenfout, ik wil dat iemand me terugbelt',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });

  it('pairs a case noun and a creating verb of the same language only', () => {
    // German "leg…" (anlegen) is not a verb inside English "legacy".
    expect(recognize('can we still request the legacy token exemption from Microsoft for Workfront?')).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});

describe('the add-in\'s generic failure texts', () => {
  it.each([
    'de Workfront-invoegtoepassing in Outlook zegt steeds dat er iets is misgegaan',
    'il pannello Workfront in Outlook dice che qualcosa è andato storto',
    'Workfront — Unexpected error って出てサインインできません',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});

describe('stopped working, in the forms people write it', () => {
  it.each([
    'Workfront en Outlook sigue sin funcionar desde el lunes',
    'o Workfront no Outlook parou de funcionar hoje',
    'Workfront in Outlook werkt sinds maandag bij niemand meer niet',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });
});

describe('asking for the next support level, or a remote session', () => {
  it.each([
    'please pass this to second line support, workfront outlook token error',
    'kunnen jullie dit doorzetten naar de tweede lijn? workfront outlook tokenfout',
    '¿pueden escalarlo al segundo nivel? error de token en Workfront Outlook',
    'could somebody start a remote session on my PC? Workfront in Outlook shows an Unexpected error',
    'alguém pode aceder ao meu computador remotamente? erro de token no Workfront do Outlook',
    '請 IT 同事打電話給我，Outlook 的 Workfront 權杖錯誤',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('close to the topic, but not about it', () => {
  it.each([
    'the Workfront Fusion scenario lost its Outlook connection: token expired, how do I reconnect it?',
    'Workfront in Outlook works again for me, thanks everyone!',
    'Workfront dans Outlook : plus de souci, ça remarche. Merci !',
    'replies to Workfront update emails sent from Outlook never reach the task',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });

  it('asking whether it has been fixed is still about the problem', () => {
    expect(recognize('has the Workfront sign-in problem in Outlook been fixed yet?').topic).toBe('token-error');
  });

  it('a case to open with Microsoft is not a request for this support team', () => {
    expect(recognize('should we open a case with Microsoft to ask for a legacy token exception for Workfront?')).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });

  it('Canadian French "billet" is a ticket', () => {
    expect(recognize('pouvez-vous m\'ouvrir un billet? erreur de jeton Workfront Outlook')).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('deadline questions, plain-language descriptions, short requests for IT', () => {
  it.each([
    'until when will Workfront keep working in Outlook? I heard Microsoft turns something off in October',
    'jusqu\'à quand Workfront va continuer à fonctionner dans Outlook ?',
    'the little Workfront thing inside my emails won\'t let me log in anymore',
    'das Workfront-Fenster rechts in Outlook ist seit heute komplett leer',
    '邮件里的 Workfront 按钮登录不了',
  ])('is about the problem: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });

  it.each([
    'Workfront in Outlook lässt mich nicht anmelden. Brauche IT.',
    'le panneau Workfront d\'Outlook ne me connecte plus. Besoin de l\'informatique.',
    'Workfront in Outlook won\'t sign me in, error every time. need IT',
    'outlookIdentityToken 오류 또 남. 티켓 ㄱㄱ',
    'outlookIdentityToken di nuovo… ticket!',
  ])('asks for a person: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });

  it('"need it" in lower case is the pronoun, not the department', () => {
    expect(recognize('Workfront in Outlook shows the token error and I really need it for work').wantsHuman).toBe(false);
  });
});

describe('admin wording shared with other settings', () => {
  it('an authentication policy for basic auth (POP, IMAP) is another setting', () => {
    expect(recognize('how do I block basic auth for IMAP tenant-wide with New-AuthenticationPolicy?').topic).toBe('none');
  });

  it('an authentication policy alone still points here', () => {
    expect(recognize('which Set-AuthenticationPolicy parameter do we need for Workfront?').topic).toBe('token-error');
  });

  it('an exception from Microsoft, asked about the Workfront add-in, is this one', () => {
    expect(recognize('wie lange galt so eine Ausnahme von Microsoft für das Workfront-Add-in?').topic).toBe('token-error');
  });

  it('"call me back" with a measure word, in both Chinese scripts', () => {
    expect(recognize('麻烦给我回个电话，Workfront 加载项令牌错误')).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('holdout12 families', () => {
  it('a "Workfront request" is a work item, not a support ticket', () => {
    expect(recognize('I can\'t create a Workfront request from an Outlook email, the panel shows an error').wantsHuman).toBe(false);
    expect(recognize('Outlook에서 메일을 Workfront 요청으로 만들 수 없어요').wantsHuman).toBe(false);
  });

  it('"the Workfront add-in" is Outlook\'s for a person request, unless another host is named', () => {
    expect(recognize('bitte einen Menschen, Workfront Add-in kaputt')).toMatchObject({ topic: 'token-error', wantsHuman: true });
    expect(recognize('please get me a person, the Workfront add-in for Teams is broken').topic).toBe('none');
  });

  it.each([
    'mi può richiamare qualcuno? Workfront in Outlook continua a non funzionare',
    'Workfront の Outlook アドインが動きません。担当の方に見てほしいです',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('scoring', () => {
  it('counts a failure word and a generic error word once, as the failure', () => {
    const { signals } = recognize('the Workfront panel in Outlook will not sign me in, another error');
    expect(signals).toContain('auth-failure');
    expect(signals).not.toContain('error');
  });

  it('adds the Workfront "Unexpected error" title on top of the failure it is', () => {
    expect(recognize('Workfront says Unexpected error').signals).toEqual(expect.arrayContaining(['auth-failure', 'workfront-unexpected-error']));
  });
});
