import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';

describe('the add-in named as the background of a question about something else', () => {
  it.each([
    'Since the Workfront add-in in Outlook stopped working we use the web app. How do I move a task to another project?',
    'Depuis que le complément Workfront d\'Outlook ne marche plus, on passe par le navigateur. Comment je change la date d\'un jalon ?',
    'Seit das Workfront-Add-in in Outlook kaputt ist, arbeiten wir im Browser. Wie kann ich einen Bericht als PDF exportieren?',
    'Como el complemento de Workfront en Outlook ya no va, usamos la versión web. ¿Cómo puedo archivar un proyecto?',
    'OutlookのWorkfrontアドインが使えないのでブラウザで作業しています。プロジェクトをコピーする方法を教えてください',
  ])('is not this problem: %s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });

  it.each([
    'We use the Workfront web app for now, but how do I get the Outlook add-in to sign in again?',
    'On passe par le navigateur en attendant, mais comment faire revenir le complément Outlook de Workfront ?',
    'We use Workfront in the browser now. Unable to get the outlookIdentityToken still pops up in Outlook, how do I stop it?',
  ])('is still this problem when the question is about the add-in: %s', (text) => {
    expect(recognize(text).topic).toBe('token-error');
  });

  it('does not turn a person asked for in that question into a request about the add-in', () => {
    const text = 'Since the Workfront Outlook add-in died we work in the browser. How can I change the owner of 30 tasks at once?';
    expect(recognize(text).topic).toBe('none');
  });
});

describe('one item of a list about this problem', () => {
  it.each([
    'Some things:\n- I need access to the Finance SharePoint\n- the Workfront add-in in Outlook won\'t let me sign in since October\n- when is the next Workfront proofing training?',
    'Algunas cosas:\n1) necesito acceso a la carpeta de RRHH\n2) el complemento de Workfront en Outlook no me deja iniciar sesión\n3) ¿cuándo es la formación de informes de Workfront?',
  ])('is on topic though other items name other Workfront areas: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', signals: expect.arrayContaining(['one-item-of-a-list']) });
  });

  it.each([
    'Some things:\n- I need access to the Finance SharePoint\n- the Zoom add-in in Outlook won\'t let me sign in\n- when is the next Workfront proofing training?',
    'Workfront proofing\nworks fine for me',
  ])('is not, when no item is: %s', (text) => {
    expect(recognize(text).topic).toBe('none');
  });
});

describe('a list that reaches the topic only by pooling its items', () => {
  it.each([
    '- my YubiKey token needs a new PIN\n- the Webex add-in in Outlook won\'t sign in\n- my Workfront timesheet is locked\nCan someone help?',
    '- mon jeton MFA a expiré\n- le complément Zoom dans Outlook ne se connecte plus\n- ma feuille de temps Workfront est bloquée',
  ])('is not this problem: %s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'none', signals: expect.arrayContaining(['pooled-from-other-items']) });
  });

  it('a heading and its details still are', () => {
    expect(recognize('Workfront in Outlook:\n- won\'t let me sign in\n- since early October').topic).toBe('token-error');
  });
});
