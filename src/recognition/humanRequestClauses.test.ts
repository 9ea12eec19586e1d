import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';

// Sentences written for these tests only (not taken from any corpus).
describe('a bare person noun as a whole clause is a request', () => {
  it.each([
    'Workfront in Outlook throws the outlookIdentityToken error again. Technician please!',
    'erreur outlookIdentityToken dans Workfront. Un technicien, merci',
    'Workfront Outlook outlookIdentityToken Fehler – einen echten Mitarbeiter bitte',
    'outlookIdentityToken en Workfront otra vez. Un técnico por favor',
    'outlookIdentityToken di nuovo in Workfront. Un tecnico per favore',
    'Workfront no Outlook com erro outlookIdentityToken. Um técnico, por favor',
    'Workfront in Outlook: outlookIdentityToken fout. Een technicus aub',
    'WorkfrontでoutlookIdentityTokenエラー。エンジニアお願いします',
    'Workfront outlookIdentityToken 오류. 엔지니어 부탁드립니다',
    'Workfront 又报 outlookIdentityToken 错误。麻烦真人客服',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('a case noun next to a creating verb, in any order', () => {
  it.each([
    'please lodge an incident for the outlookIdentityToken failure in Workfront',
    'Störungsmeldung bitte erstellen: Workfront in Outlook, outlookIdentityToken',
    'pueden generar una incidencia por el outlookIdentityToken de Workfront',
    'potete registrare una segnalazione? outlookIdentityToken in Workfront',
    'Outlook Workfront outlookIdentityToken 오류 티켓 등록 부탁해요',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('transfer, send-over, call-back and help-from-someone families', () => {
  it.each([
    'outlookIdentityToken error in Workfront, can you get the service desk involved',
    'Workfront Outlook outlookIdentityToken: könnten Sie mir einen Techniker schicken',
    'derívame con un técnico, Workfront en Outlook da outlookIdentityToken',
    'mi passate un operatore? Workfront in Outlook: outlookIdentityToken',
    'pode me passar pra um analista? erro outlookIdentityToken no Workfront',
    'kunt u mij doorzetten naar een medewerker, outlookIdentityToken fout in Workfront',
    'outlookIdentityToken 오류요, 담당자에게 넘겨 주세요',
    'Workfront 的 outlookIdentityToken 报错，请工程师回个电话',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('a clause about the past, someone else or no need is not a request', () => {
  it.each([
    'We already phoned the helpdesk about the outlookIdentityToken error, is there a workaround?',
    'Our help desk said the outlookIdentityToken error comes from Microsoft, true?',
    'No need for a technician, just explain the outlookIdentityToken error in Workfront',
    'Il y a quelqu\'un d\'autre qui voit l\'erreur outlookIdentityToken dans Workfront ?',
    'Ich hab schon den Support angerufen wegen outlookIdentityToken, gibt es einen Workaround?',
    'Ya abrí una incidencia por el outlookIdentityToken de Workfront, ¿algo más que probar?',
    'De servicedesk vraagt wanneer de outlookIdentityToken fout in Workfront opgelost is',
    'outlookIdentityTokenのエラーは既にヘルプデスクに連絡しました。ほかに手はありますか',
    '有人说 outlookIdentityToken 错误需要管理员处理，是真的吗？',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});

describe('the Workfront add-in failing to sign in, Outlook unnamed', () => {
  it.each([
    'the Workfront add-in keeps failing to authenticate me',
    'le complément Workfront refuse de se connecter depuis lundi',
    'Workfront 加载项一直登录失败',
  ])('is the problem: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
  it.each(['the Workfront add-in for Slack fails to log in', 'Workfront add-in in Microsoft Teams: sign in failed'])('another host is not: %s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });
});
