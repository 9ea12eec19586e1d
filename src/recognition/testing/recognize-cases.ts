/**
 * Hand-written test sentences (not from any corpus), grouped by language and expectation.
 * topic: about the outlookIdentityToken problem; human: also asks for a person; none: neither.
 */
export interface LanguageCases {
  topic: string[];
  human: string[];
  none: string[];
}

export const CASES: Record<string, LanguageCases> = {
  en: {
    topic: [
      'outlook identity token error every time I click the Workfront icon',
      'OUTLOOK-IDENTITY-TOKEN missing??',
      'outlookIdentitiyToken failed after the update',
      'outlok identity token problem',
      'the workfront addin in outlook won\'t sign me in anymore',
      'Workfront panel inside Outlook fails to authenticate since Tuesday',
      'Adobe Workfront for Outlook shows unexpected error right after opening',
      'Did Microsoft kill the old Exchange tokens? our workfront integration in outlook broke',
      'how do I allow legacy exchange online tokens again in our tenant',
      'Get-AuthenticationPolicy shows AllowLegacyExchangeTokens false, is that why?',
      'can we still ask Microsoft for an extension on legacy Exchange tokens for the Workfront add-in?',
      'what is the cutoff date for legacy exchange tokens',
      'workfront token error in outlook',
    ],
    human: [
      'outlook identity token still broken, I want to speak with a real person',
      'please raise a ticket, the workfront outlook add-in still cannot get the token',
    ],
    none: [
      'how do I request access to the Workfront project for Q3 launch',
      'my workfront timesheet in outlook calendar is wrong',
      'The Webex add-in for Outlook fails to sign in',
      'GitLab personal access token keeps getting rejected',
      'Outlook crashes when I open attachments',
      'Azure DevOps token error in the pipeline',
      'good afternoon, how are you?',
      'Outlook rules are not moving emails',
      'where can I download the Workfront desktop app?',
    ],
  },
  fr: {
    topic: [
      'le jeton d\'identité Outlook est introuvable pour Workfront',
      'Workfront dans Outlook refuse de se connecter, erreur inattendue',
      'Comment réactiver les jetons Exchange hérités dans notre locataire ?',
      'Microsoft peut-il nous accorder une dérogation pour les anciens jetons Exchange ?',
      'outlookidentitytokn introuvable',
    ],
    human: ['erreur de jeton dans le complément Workfront pour Outlook, je voudrais parler à un conseiller'],
    none: ['Je ne trouve pas mes tâches Workfront', 'Le complément Zoom dans Outlook ne se charge pas', 'mon jeton GitHub ne marche plus', 'Outlook est très lent aujourd\'hui', 'Bonne soirée à tous'],
  },
  de: {
    topic: [
      'Workfront-Seitenleiste in Outlook: Anmeldung schlägt fehl mit Token-Fehler',
      'Wie aktiviere ich die alten Exchange-Token wieder für unseren Mandanten?',
      'Bis wann gibt es eine Ausnahme für Legacy-Exchange-Tokens?',
      'outlook identitäts token fehler bei workfront',
    ],
    human: ['Workfront Add-In in Outlook zeigt Token-Fehler, bitte verbinden Sie mich mit einem Mitarbeiter'],
    none: ['Wie lege ich ein neues Projekt in Workfront an?', 'Das Jira-Add-In in Outlook lädt nicht', 'Mein Azure DevOps Token ist abgelaufen', 'Outlook synchronisiert den Kalender nicht', 'Schönes Wochenende!'],
  },
  es: {
    topic: [
      'El complemento de Workfront en Outlook no me deja iniciar sesión, error de token',
      '¿Cómo reactivo los tokens antiguos de Exchange Online en el tenant?',
      '¿Hasta cuándo hay excepción para los tokens heredados de Exchange?',
    ],
    human: ['Necesito que abran un caso, Workfront en Outlook sigue con el error de token de identidad'],
    none: ['¿Cómo creo una tarea en Workfront?', 'El complemento de Jira en Outlook no carga', 'Mi token de GitLab expiró', 'Outlook no envía correos', 'Buenas tardes'],
  },
  it: {
    topic: [
      'Il componente aggiuntivo Workfront in Outlook non riesce ad autenticarsi, errore sul token',
      'Come riattivo i vecchi token di Exchange Online per il tenant?',
      'Fino a quando Microsoft concede un\'eccezione sui token legacy di Exchange?',
    ],
    human: ['Errore token del componente Workfront in Outlook: posso parlare con un tecnico?'],
    none: ['Come creo un progetto in Workfront?', 'Il componente Zoom in Outlook è sparito', 'Il mio token di GitLab è scaduto', 'Outlook non sincronizza la posta', 'Buona serata'],
  },
  pt: {
    topic: [
      'O suplemento do Workfront no Outlook não autentica mais, erro de token',
      'Como ativar novamente os tokens antigos do Exchange Online no tenant?',
      'Até quando a Microsoft dá exceção para os tokens herdados do Exchange?',
    ],
    human: ['Preciso falar com um técnico, o Workfront no Outlook continua com erro de token'],
    none: ['Como crio uma tarefa no Workfront?', 'O suplemento do Jira no Outlook não carrega', 'Meu token do GitLab expirou', 'O Outlook não envia e-mails', 'Boa tarde, tudo bem?'],
  },
  nl: {
    topic: [
      'De Workfront-invoegtoepassing in Outlook kan niet aanmelden, tokenfout',
      'Hoe zet ik de oude Exchange Online-tokens weer aan voor onze tenant?',
      'Tot wanneer geldt de uitzondering voor verouderde Exchange-tokens?',
    ],
    human: ['Workfront in Outlook geeft een tokenfout, kan ik met een medewerker spreken?'],
    none: ['Hoe maak ik een project aan in Workfront?', 'De Zoom-invoegtoepassing in Outlook is weg', 'Mijn GitLab-token is verlopen', 'Outlook synchroniseert niet', 'Fijne dag nog'],
  },
  ja: {
    topic: ['Outlook の Workfront アドインにサインインできず、トークンエラーが出ます', '従来の Exchange Online トークンを再有効化するには？', '従来のExchangeトークンの例外はいつまで申請できますか'],
    human: ['Workfront アドインのトークンエラーが解決しません。オペレーターと話せますか'],
    none: ['Workfront でプロジェクトを作る方法は？', 'Outlook の Zoom アドインが消えました', 'GitLab のトークンが失効しました', 'Outlook でメールが送れません', 'おはようございます'],
  },
  ko: {
    topic: ['Outlook에서 Workfront 추가 기능 로그인이 안 되고 토큰 오류가 나요', '기존 Exchange Online 토큰을 다시 활성화하는 방법은?', '레거시 Exchange 토큰 예외는 언제까지 가능한가요?'],
    human: ['Workfront Outlook 토큰 오류가 계속돼요. 담당자 연결해 주세요'],
    none: ['Workfront에서 프로젝트를 만드는 방법은?', 'Outlook에서 Jira 추가 기능이 로드되지 않아요', 'GitLab 토큰이 만료됐어요', 'Outlook 메일이 안 보내져요', '좋은 하루 보내세요'],
  },
  zh: {
    topic: ['Outlook 中的 Workfront 插件无法登录，出现令牌错误', '如何重新启用旧版 Exchange Online 令牌？', '旧版 Exchange 令牌的例外什么时候截止？', 'Outlook 裡的 Workfront 增益集無法驗證'],
    human: ['Workfront Outlook 令牌错误还是没解决，请帮我转人工'],
    none: ['怎么在 Workfront 里创建项目？', 'Outlook 里的 Zoom 插件不见了', '我的 GitLab 令牌失效了', 'Outlook 发不出邮件', '周末愉快'],
  },
};
