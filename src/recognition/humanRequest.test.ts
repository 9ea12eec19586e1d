import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';
import { humanRequestSignal } from './humanRequest';

// Sentences written for these tests only (not taken from any corpus).
describe('asking for a person: composed person word + request word', () => {
  it.each([
    'the workfront outlook token error again, I need an engineer to look into it',
    'le jeton Workfront dans Outlook plante, il faudrait qu\'un informaticien vérifie',
    'Workfront-Tokenfehler in Outlook: kann ein Techniker das bitte prüfen?',
    'error de token en Workfront para Outlook, necesito un técnico ya',
    'errore token di Workfront in Outlook, mi serve un tecnico',
    'erro de token do Workfront no Outlook, o suporte pode verificar?',
    'Workfront Outlook tokenfout, kan de helpdesk even kijken?',
    'Workfront Outlookのトークンエラー、エンジニアの方に見てもらいたいです',
    'Workfront Outlook 토큰 오류, 기술 지원 쪽에 연락 부탁해요',
    'Workfront Outlook 令牌错误，请客服联系我',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('asking who handles it', () => {
  it.each([
    'who owns the Workfront Outlook add-in? token error every morning',
    'qui gère le complément Workfront dans Outlook ? erreur de jeton',
    'Wer ist eigentlich für Workfront in Outlook zuständig? Tokenfehler',
    'Workfront Outlook 令牌错误，谁负责这个？',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('indirect requests, inversions and clitics', () => {
  it.each([
    'Are there any engineers around who could help? Workfront in Outlook shows the outlookIdentityToken error',
    'Un conseiller peut-il me rappeler ? erreur outlookIdentityToken',
    '¿Con quién hablo por el error outlookIdentityToken de Workfront?',
    'A chi devo scrivere per l\'errore outlookIdentityToken di Workfront?',
    'Bij wie moet ik zijn voor de outlookIdentityToken fout in Workfront?',
    'outlookIdentityToken エラーの件、誰に相談すればいいでしょうか',
    'outlookIdentityToken 오류는 누구에게 문의하면 되나요?',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('not a request for a person', () => {
  it.each([
    'Is there anyone else who has the outlookIdentityToken error since Monday?',
    '¿Hay alguien más con el error outlookIdentityToken desde ayer?',
    'Gibt es noch jemanden mit dem outlookIdentityToken-Fehler?',
    '有没有人也遇到 outlookIdentityToken 错误？',
    'I already contacted support, the outlookIdentityToken error is still there',
    'Ya revisé con soporte y el error outlookIdentityToken sigue',
    'The helpdesk would like to know when legacy Exchange tokens end for Workfront',
    'サポート終了について相談です。Workfront for Outlookの従来のExchangeトークン',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
  it('Microsoft Entra is an identity product, the Romance verb "entra" is not', () => {
    expect(recognize('a extensão do Workfront no Outlook não entra, erro inesperado').topic).toBe('token-error');
    expect(recognize('Entra ID token lifetime for our custom app').topic).toBe('none');
  });
  it('reports which rule fired, without message text', () => {
    expect(humanRequestSignal(' who owns the workfront add in ')).toBe('human-request:who-handles');
    expect(humanRequestSignal(' hello there ')).toBeUndefined();
  });
});

// Sentences written for these tests only (not taken from any corpus).
describe('asking, in the passive, for a ticket to be opened', () => {
  it.each([
    'Agradeceria que fosse aberto um chamado para mim',
    'gostaria que seja criado um ticket para este erro',
    'Quisiera que se me abra una incidencia, por favor',
    'agradecería que fuera creado un caso para esto',
    'Merci de faire en sorte qu’un ticket soit ouvert',
    'il faudrait qu’une demande soit créée pour moi',
    'Vorrei che venga aperta una segnalazione',
    'sarebbe possibile che venga creato un ticket?',
  ])('%s', (text) => {
    expect(recognize(text).wantsHuman).toBe(true);
  });

  it.each([
    'foi aberto um chamado ontem e ninguém respondeu',
    'ya fue creado un caso la semana pasada',
    'un ticket a déjà été ouvert par mon collègue',
  ])('a ticket already opened is no request: %s', (text) => {
    expect(recognize(text).wantsHuman).toBe(false);
  });
});
