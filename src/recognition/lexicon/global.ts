/**
 * Language-independent vocabulary: product names, admin cmdlets, other apps and other kinds of
 * tokens. Same pattern conventions as Lexicon (normalized text, automatic word boundaries).
 */
export const GLOBAL = {
  /** The exact token name, compacted (all separators removed) before matching. */
  tokenName: 'outlookidentitytoken',
  exactError: ['unable to get (?:the |an |your )?outlook ?identity ?token'],
  workfront: ['workfront', 'work front', 'wf', 'adobe workfront'],
  /** Other Workfront products, whose connections have tokens of their own. */
  otherWorkfrontProducts: ['fusion', 'workfront fusion'],
  outlook: ['outlook', 'out ?lo?ok', 'outllok', 'oulook', 'outlock', 'owa', 'outlook com', 'new outlook'],
  exchange: ['exchange', 'exchange online', 'exo'],
  microsoft: ['microsoft', 'ms', 'msft', 'm365', 'o365', 'office 365', 'microsoft 365', 'マイクロソフト', '마이크로소프트', '微软', '微軟'],
  addin: ['add ?ins?', 'addins?', 'plug ?ins?', 'plugins?', 'extensions?', 'integration', 'sidebar', 'side panel', 'task ?pane', 'pane', 'panel'],
  /** Admin switches that only exist for this problem. */
  adminSwitch: ['allowlegacyexchangetokens', 'allow legacy exchange tokens', 'set authenticationpolicy', 'get authenticationpolicy', 'authentication ?polic(?:y|ies)'],
  admin: ['powershell', 'cmdlet', 'tenant', 'm365 admin', 'admin center', 'global admin'],
  otherAddins: [
    'salesforce', 'zoom', 'jira', 'confluence', 'webex', 'docusign', 'grammarly', 'hubspot', 'trello', 'asana',
    'slack', 'acrobat', 'adobe sign', 'acrobat sign', 'boomerang', 'evernote', 'onenote', 'dynamics', 'servicenow',
    'teams meeting', 'meeting add ?in', 'monday com', 'smartsheet', 'wrike', 'clickup', 'mimecast', 'copilot',
  ],
  /** Other apps a Workfront add-in can live in: "the Workfront add-in" alone means Outlook only without them. */
  otherHosts: [
    'teams', 'microsoft teams', 'gmail', 'google', 'slack', 'chrome', 'edge', 'firefox', 'creative cloud', 'photoshop', 'illustrator',
    'indesign', 'premiere', 'acrobat', 'salesforce', 'jira', 'excel', 'word', 'powerpoint', 'sharepoint', 'onedrive', 'figma',
  ],
  otherTokens: [
    'github', 'gitlab', 'bitbucket', 'azure devops', 'devops', 'pat', 'personal access', 'api', 'apis', 'api ?key',
    'mfa', '2fa', 'otp', 'rsa', 'yubikey', 'hardware', 'authenticator', 'jwt', 'bearer', 'sas', 'npm', 'docker',
    'power ?bi', 'tableau', 'sharepoint', 'azure ad', 'entra id', 'microsoft entra', 'entra admin', 'okta', 'refresh token', 'access token', 'oauth',
    'crypto', 'bitcoin', 'nft', 'ethereum', 'vpn', 'slack', 'discord', 'openai', 'chatgpt', 'llm', 'tokeni[sz]',
    'internal app', 'our app', 'my app', 'custom app', 'sso', 'saml', 'session (?:tokens?|cookies?|expired|timed? ?out)', 'crm',
  ],
} as const;
