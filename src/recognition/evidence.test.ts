import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';

// Sentences written for these tests only.
describe('news passed on is not a request for help', () => {
  it.each([
    'FYI team: the Workfront add-in for Outlook goes away with the legacy Exchange tokens, switch to the web app',
    'Pour info : le complément Outlook de Workfront est arrêté depuis la fin des jetons hérités',
    'Zur Info an alle: das Workfront Add-in in Outlook ist wegen der Legacy-Tokens abgeschaltet',
    'Para su conocimiento: el complemento de Workfront para Outlook se retira con los tokens heredados',
    'Ter info: de Workfront-invoegtoepassing in Outlook verdwijnt door het uitzetten van de oude tokens',
    '공지: 레거시 토큰 종료로 Outlook용 Workfront 추가 기능 지원이 끝났습니다',
    '公告：旧版 Exchange 令牌停用后，Outlook 中的 Workfront 插件已停止服务',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'none' });
    expect(recognize(text).signals).toContain('announcement');
  });

  it.each([
    'FYI my Workfront add-in in Outlook stopped signing in this morning',
    'Pour info, chez moi le complément Workfront dans Outlook ne se connecte plus',
    'FYI: Workfront for Outlook says unable to get the outlookIdentityToken',
    'FYI the Workfront add-in for Outlook is retired now, is there anything I should do?',
  ])('it stays a request when it happens to the writer, quotes the error or asks: %s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });
});

describe('deadline and spoken failure wording', () => {
  it.each([
    'How long will Workfront for Outlook keep running?',
    'Wie lange läuft Workfront in Outlook noch?',
    'Hoe lang werkt Workfront in Outlook nog?',
    'Até que dia o Workfront no Outlook vai funcionar?',
    'ça se connecte pas, Workfront dans Outlook',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it('"marche plus vite" is a comparison, not a failure', () => {
    expect(recognize('Workfront dans Outlook marche plus vite depuis la mise à jour').topic).toBe('none');
  });

  it('Exchange "callback tokens" are not a call-back request', () => {
    const recognition = recognize('Microsoft turned off the legacy callback tokens and now our Workfront Outlook add-in fails');
    expect(recognition).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});

describe('locked-out teams, due dates, appointments', () => {
  it.each([
    'Nobody on our floor can open Workfront in Outlook since Monday',
    'Niemand bij ons kan Workfront in Outlook nog openen',
    'Nadie del equipo puede entrar a Workfront desde Outlook',
    'OutlookのWorkfrontにもう入れません',
  ])('the whole team locked out is the problem: %s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it.each([
    'In Workfront I cannot change the due date of my task',
    'In Workfront lässt sich das Fälligkeitsdatum der Aufgabe nicht ändern',
  ])('a work item\'s due date is another Workfront matter: %s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });

  it.each([
    'Can we schedule a call with a technician? Workfront in Outlook will not sign in',
    'Ich brauch nen Techniker, Workfront in Outlook meldet sich nicht an',
    'Vorrei essere contattato da un tecnico: Workfront in Outlook non funziona',
    'Passez-moi un conseiller, Workfront dans Outlook ne se connecte plus',
    'Kunnen we een afspraak maken met een medewerker? Workfront in Outlook werkt niet',
  ])('asking for an appointment or a call from a person: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('asking about the add-in\'s future, and handing it on to IT', () => {
  it.each([
    'No ticket needed, just tell me whether the Workfront add-in for Outlook is ever coming back',
    'Non serve un ticket: il componente Workfront per Outlook tornerà a funzionare?',
    'Não precisa de chamado, o Workfront no Outlook vai voltar a funcionar?',
    'Hoeft geen ticket, gaat Workfront in Outlook ooit weer werken?',
    '工单就不用了，Outlook 里的 Workfront 还会恢复吗？',
  ])('a question, not a request for a person: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });

  it.each([
    'Could you pass this on to IT? Workfront in Outlook only shows unexpected error',
    'Kannst du das bitte an die IT weiterleiten? Workfront in Outlook meldet sich nicht an',
    'Je voudrais être rappelée, Workfront dans Outlook ne se connecte plus',
    'Vorrei essere richiamato, Workfront in Outlook non funziona',
    'Graag teruggebeld: Workfront in Outlook werkt niet meer',
    'Outlook의 Workfront가 안 돼요. 봐주실 분 계신가요?',
  ])('a request for a person: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });

  it('a past call stays past, even through the typo reading', () => {
    expect(recognize('I phoned support yesterday about Workfront in Outlook saying unexpected error').wantsHuman).toBe(false);
    expect(recognize('I have escalated it already: Workfront in Outlook says unexpected error').wantsHuman).toBe(false);
  });

  it('"my mobile is…" is a phone number, not the Workfront mobile app', () => {
    expect(recognize('Could I get a callback about Workfront in Outlook not signing in? My mobile is 0770 900 123').topic).toBe('token-error');
  });
});

describe('the add-in described in the user\'s own words', () => {
  it.each([
    'le panneau Workfront de ma messagerie reste tout blanc',
    'Workfront im Postfach: da ist was schiefgelaufen',
    'en el correo, lo de Workfront se queda dando vueltas',
    'nella posta il pannello di Workfront rimane bianco',
    'o Workfront no meu e-mail fica só carregando',
    'het Workfront-paneel in mijn mail doet het niet meer',
    'メール画面のWorkfrontがくるくるしたまま',
    '메일 화면의 워크프론트 탭에서 문제가 발생했다고 나와요',
    '郵件旁邊的 Workfront 一直轉圈',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it('Workfront\'s own e-mails are another matter', () => {
    expect(recognize('Workfront notification e-mails no longer arrive in my mailbox').topic).toBe('none');
  });
});

describe('calls that are not requests', () => {
  it.each([
    'Workfront in Outlook is broken and now I cannot get on a call either',
    'Workfront in Outlook geht nicht, ich muss gleich telefonieren',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});

describe('a problem that goes on, and the Italian singular', () => {
  it.each([
    'pásenme con alguien de soporte, lo de Workfront en Outlook sigue igual',
    'Vorrei parlare con un tecnico dell\'errore di Workfront in Outlook',
    'Kann mich jemand anrufen? Workfront in Outlook ist immer noch genauso',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('the add-in\'s end asked about, and other Workfront errors', () => {
  it.each([
    'Workfront pour Outlook, c\'est fini pour de bon ?',
    '¿Workfront para Outlook deja de funcionar del todo?',
    'Il componente Workfront per Outlook è stato dismesso?',
    'O Workfront no Outlook ainda funciona ou acabou?',
    'Can the October 1st cut-off for the Outlook add-in be pushed back?',
    '10月1日以降もOutlookアドインは使えますか？延長は？',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it.each([
    'Workfront says unexpected error when I upload a 90 MB PDF',
    'WorkfrontのプルーフでUnexpected errorが出てコメントできない',
    'Our Zoom add-in for Outlook gets an update on October 1',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });

  it.each(['Mensch statt Bot bitte, Workfront in Outlook meldet sich nicht an', 'a human instead of the bot please, Workfront in Outlook is broken'])(
    'a person instead of the bot: %s',
    (text) => {
      expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
    },
  );
});

describe('ordinary words near the retirement vocabulary', () => {
  it.each([
    'Workfront in Outlook ist bei uns so eingestellt, dass Aufgaben als Entwurf landen',
    'o Workfront acabou de atualizar os projetos no Outlook',
    'le projet Workfront est fini, merci pour Outlook',
    'I will come back to you about the Workfront Outlook training',
    'Ich melde mich noch gleich wegen Workfront und Outlook',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });
});

describe('chat shorthand for a failure, and a call asked for politely', () => {
  it.each([
    'le complément Workfront dans Outlook est KO depuis ce matin',
    'plugin Workfront su Outlook ko da lunedì',
    'el complemento de Workfront en Outlook está KO',
    'o painel do Workfront no Outlook nn abre',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it.each(['Outlookの Workfront アドインが使えません。担当者から電話いただけますか', 'WorkfrontのOutlookアドインが動かないので、お電話頂けると助かります'])(
    'a call asked for: %s',
    (text) => {
      expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
    },
  );

  it.each(['Le match de boxe s\'est fini par KO', 'Teams ko-KR locale for the Outlook calendar'])('%s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });
});

describe('another add-in blamed on the same retirement', () => {
  it.each([
    'The Pipedrive add-in in Outlook stopped signing in in October. Legacy Exchange tokens as well, or their problem?',
    'Depuis octobre le complément Zendesk pour Outlook ne se connecte plus, c\'est aussi les jetons Exchange hérités ?',
  ])('is about that add-in: %s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });
});

describe('an old word and a token word apart are not legacy tokens', () => {
  it.each(['My bank token app is still on my old phone, who can move it?', 'O token do banco ficou no meu celular antigo, quem reseta?'])('%s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });

  it.each(['Werden die alten Tokens für Workfront in Outlook wieder eingeschaltet?', 'Do the retired tokens come back for the Workfront Outlook add-in?'])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });
});

describe('news forwarded, in the words that forward it', () => {
  it.each([
    'Reenvío el comunicado de Microsoft: los tokens heredados de Exchange Online se desactivaron. Solo para que lo sepan.',
    'Inoltro la notizia: i token legacy di Exchange Online sono spenti per tutti i tenant.',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });

  it('an English "I" with its verb still makes it the writer\'s own problem', () => {
    expect(recognize('FYI I get the legacy Exchange token error in the Workfront add-in since Monday').topic).toBe('token-error');
  });
});

describe('what replaces the add-in, and whether it comes back', () => {
  it.each([
    'What do we use instead of the Workfront add-in now?',
    '¿Qué usamos en lugar del complemento de Workfront en Outlook?',
    'Kommt das Workfront-Plugin in Outlook irgendwann zurück?',
    '워크프론트 아웃룩 연동 다시 살아나요?',
    'Outlook版Workfrontの代わりに何を使えばいいですか',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it('a different channel instead of Outlook is not', () => {
    expect(recognize('Can I get my Workfront notifications in Teams instead of Outlook?').topic).toBe('none');
  });
});

describe('Workfront named only to say it is not involved', () => {
  it.each([
    'The Report Message button in Outlook says Unexpected error since October, not the Workfront one, the phishing button',
    'Outlook の会議室予約で Unexpected error が出ます。Workfront ではなく予定表の方です',
    'Outlook 加载项“Report Message”报 Unexpected error，不是Workfront那个',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });

  it('still reads Workfront failing to connect as Workfront', () => {
    expect(recognize('Das Workfront-Add-in in Outlook verbindet sich nicht mit Workfront').topic).toBe('token-error');
  });
});

describe('words that only look like the problem\'s', () => {
  it('an id that is not an identity', () => {
    const text = 'Our Outlook flow fails to sign in: the token expired, run id 4471. Do I need an exception or an admin to re-enable it?';
    expect(recognize(text).topic).toBe('none');
  });

  it('the writer\'s own next step is not a request for a person', () => {
    const text = 'Before I escalate internally: what was the deadline for re-enabling legacy Exchange tokens for the Workfront Outlook add-in?';
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});

describe('short and sloppy', () => {
  it.each([
    'workfornt in outlok wont sign me in',
    'wokrfront panel in outllook is blank again',
    'unable to get the outlookidentity...',
    'can the m365 admin turn it back on for wf?',
    'kann der o365 admin das für wf wieder einschalten?',
    'Wird Workfront für Outlook irgendwann wiederkommen?',
    'impossible de me co a wf dans outlook',
    'wf in outlook logt nie meer in',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it('an M365 admin asked for something else about Workfront is not', () => {
    expect(recognize('can the o365 admin give me a Workfront license?').topic).toBe('none');
  });

  it.each([
    'qqn peut m appeler? wf dans outlook plante',
    'qlcn mi chiama? wf in outlook non va',
    '¿Puede un técnico revisarlo hoy? Workfront en Outlook no me deja entrar',
    'Qualcuno può passare alla mia postazione? Workfront in Outlook non si apre',
    'Kan iemand even langs mijn werkplek lopen? Workfront in Outlook logt niet in',
    '누가 제 자리로 와줄 수 있나요? 아웃룩 워크프론트 로그인이 안 돼요',
    '能远程看一下我的电脑吗？Outlook 里的 Workfront 登录不了',
    'gib mir nen Menschen, Workfront in Outlook will nicht',
  ])('asks for a person: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });

  it('"nobody needs to call me" does not', () => {
    expect(recognize('Nobody needs to call me, just tell me why the Workfront add-in in Outlook stopped working')).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});

describe('what replaces the add-in, asked or said', () => {
  it.each(['Welk alternatief voor de Workfront-invoegtoepassing in Outlook raden jullie aan?', 'alternative zum Workfront Plugin in Outlook??'])('asked: %s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it('said, with thanks, it is news', () => {
    expect(recognize('Switched to Workfront in the browser instead of the Outlook add-in, all good, thanks').topic).toBe('none');
  });

  it.each([
    'Könnte mich bitte jemand vom Support wegen der Workfront-Anmeldung in Outlook zurückrufen?',
    'un agente humano x favor, Workfront en Outlook no abre',
  ])('asks for a person: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('long Dutch verb brackets and Italian elisions', () => {
  it.each([
    'Komt de Workfront koppeling voor Outlook van ons team ooit nog terug?',
    'Sinds oktober werkt Workfront in Outlook voor niemand op de afdeling meer',
    'Che cosa usiamo al posto dell\'add-in di Workfront per Outlook?',
  ])('%s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });
});

describe('other parts of a message, and other authentication', () => {
  it.each([
    'The Workfront add-in in Outlook won\'t sign me in.\nAlso, can someone from HR call me about my leave?',
    'Le complément Workfront dans Outlook ne me connecte plus. Et quelqu\'un des RH peut me rappeler pour mes congés ?',
  ])('a person asked for about another subject is not a handoff: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });

  it.each([
    '¿Podéis pasar mi caso a un técnico? El complemento de Workfront en Outlook no va',
    'Podem passar o meu caso para um técnico? O Workfront no Outlook dá erro ao entrar',
  ])('passing the case to a person is asking for one: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });

  it('"não me deixa logar" is a failure', () => {
    expect(recognize('O suplemento do Workfront no Outlook não me deixa logar').topic).toBe('token-error');
  });

  it.each([
    'Our scanner\'s scan-to-email broke: is it the Exchange basic auth retirement? Do we need an OAuth token?',
    '换了新手机，验证器里的令牌没了，Outlook 一直要多重身份验证',
  ])('is other authentication: %s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });
});

describe('request words that are ordinary words elsewhere', () => {
  it.each([
    'What is the due date for the helpdesk survey about Workfront in Outlook?',
    '¿Cómo marcar como resuelto el ticket de soporte de Workfront en Outlook?',
  ])('%s', (text) => {
    expect(recognize(text).wantsHuman).toBe(false);
  });
});

describe('a call or a slot asked for in passing, and an exception request filed with Microsoft', () => {
  it.each([
    '¿alguien de soporte me puede hacer una call? Workfront en Outlook no me deja entrar',
    'Can I book 20 minutes with someone from the service desk? The Workfront add-in in Outlook still fails to sign in',
  ])('asks for a person: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });

  it('a request to open with Microsoft support names Microsoft, not us', () => {
    expect(recognize('Per i token legacy di Workfront in Outlook dobbiamo aprire una richiesta di eccezione con il supporto Microsoft?')).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});
