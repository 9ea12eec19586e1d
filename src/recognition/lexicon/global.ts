/**
 * Language-independent vocabulary: product names, admin cmdlets, other apps and other kinds of
 * tokens. Same pattern conventions as Lexicon (normalized text, automatic word boundaries).
 */
export const GLOBAL = {
  /** The exact token name, compacted (all separators removed) before matching. */
  tokenName: 'outlookidentitytoken',
  // The dialog's line, also when the paste was cut short ("unable to get the outlookidentity...").
  exactError: ['unable to get (?:the |an |your )?outlook ?identity(?: ?token)?'],
  workfront: ['workfront', 'work front', 'wf', 'adobe workfront'],
  /** Other Workfront products, whose connections have tokens of their own. */
  otherWorkfrontProducts: ['fusion', 'workfront fusion'],
  outlook: ['outlook', 'out ?lo?ok', 'outllok', 'oulook', 'outlock', 'owa', 'outlook com', 'new outlook'],
  exchange: ['exchange', 'exchange online', 'exo'],
  /** 1 October (2025), the day the tokens went off for every tenant, as each language writes it. */
  retirementDate: [
    'oct(?:ober)? 1(?:st)?', '1(?:st)? (?:of )?oct(?:ober)?', 'october first', '1(?:er)? octobre', 'premier octobre', '1 oktober', 'ersten oktober',
    '1 de octubre', 'primero de octubre', '1 ottobre', 'primo ottobre', '1o? de outubro', 'primeiro de outubro',
    '10月1日', '10월 ?1일', '10月1号', '10月1號',
  ],
  microsoft: ['microsoft', 'ms', 'msft', 'm365', 'o365', 'office 365', 'microsoft 365', 'マイクロソフト', '마이크로소프트', '微软', '微軟'],
  addin: ['add ?ins?', 'addins?', 'plug ?ins?', 'plugins?', 'extensions?', 'integration', 'sidebar', 'side panel', 'task ?pane', 'pane', 'panel'],
  /** Admin switches that only exist for this problem. */
  adminSwitch: ['allowlegacyexchangetokens', 'allow legacy exchange tokens'],
  /** Authentication policies also govern basic auth (POP, IMAP, SMTP): they point here unless those are named. */
  authPolicy: ['(?:set|get|new) authenticationpolicy', 'authentication ?polic(?:y|ies)'],
  // Not a bare "pop": a sign-in window pops up.
  basicAuth: [
    'basic ?auth[a-z]*', 'allowbasicauth[a-z]*', 'pop ?3', 'pop imap', 'imap', 'smtp(?: auth)?', 'activesync',
    'authentification de base', 'standardauthentifizierung', 'basisauthentifizierung', 'autenticacion basica', 'autenticazione di base',
    'autenticacao basica', 'basisverificatie', '基本認証', '기본 ?인증', '基本身份验证', '基本身份驗證', '基本验证', '基本驗證',
  ],
  admin: ['powershell', 'cmdlet', 'tenant', 'm365 admin', 'admin center', 'global admin'],
  otherAddins: [
    'salesforce', 'zoom', 'jira', 'confluence', 'webex', 'docusign', 'grammarly', 'hubspot', 'trello', 'asana',
    'slack', 'acrobat', 'adobe sign', 'acrobat sign', 'boomerang', 'evernote', 'onenote', 'dynamics', 'servicenow',
    'teams meeting', 'meeting add ?in', 'monday com', 'smartsheet', 'wrike', 'clickup', 'mimecast', 'copilot',
    'pipedrive', 'mailchimp', 'zendesk', 'freshdesk', 'todoist', 'dropbox', 'egnyte', 'calendly', 'miro',
    'yesware', 'mixmax', 'proofpoint', 'knowbe4', 'phish ?alarm', 'report message', 'report phishing', 'salesloft',
  ],
  /** Other apps a Workfront add-in can live in: "the Workfront add-in" alone means Outlook only without them. */
  otherHosts: [
    'teams', 'microsoft teams', 'gmail', 'google', 'slack', 'chrome', 'edge', 'firefox', 'creative cloud', 'photoshop', 'illustrator',
    'indesign', 'premiere', 'acrobat', 'salesforce', 'jira', 'excel', 'word', 'powerpoint', 'sharepoint', 'onedrive', 'figma',
  ],
  otherTokens: [
    '验证器', '驗證器', '多重身份验证', '多重身份驗證',
    'github', 'gitlab', 'bitbucket', 'azure devops', 'devops', 'pat', 'personal access', 'api', 'apis', 'api ?key',
    'mfa', '2fa', 'otp', 'rsa', 'yubikey', 'hardware', 'authenticator', 'jwt', 'bearer', 'sas', 'npm', 'docker',
    'power ?bi', 'tableau', 'sharepoint', 'azure ad', 'entra id', 'microsoft entra', 'entra admin', 'okta', 'refresh token', 'access token', 'oauth',
    'crypto', 'bitcoin', 'nft', 'ethereum', 'vpn', 'slack', 'discord', 'openai', 'chatgpt', 'llm', 'tokeni[sz]',
    'internal app', 'our app', 'my app', 'custom app', 'sso', 'saml', 'session (?:tokens?|cookies?|expired|timed? ?out)', 'crm',
  ],
} as const;
