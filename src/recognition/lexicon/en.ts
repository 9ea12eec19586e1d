import type { Lexicon } from './types';

export const en: Lexicon = {
  lang: 'en',
  addin: ['add ?ons?', 'ribbon button'],
  token: ['tokens?', 'tokn', 'toekn'],
  identity: ['identity', 'id', 'identiy', 'idenity'],
  failure: [
    'sign(?:s|ing)? ?in', 'sign(?:s|ing)? me in', 'log(?:s|ging)? ?in', 'login', 'authenticat[a-z]*', 'auth',
    'can ?t (?:get|load|open|connect|fetch|retrieve|use|access)', 'cannot (?:get|load|open|connect|fetch|retrieve|use|access)', '(?:no|lost) access', 'errors? out', 'spins?', 'spinning',
    'unable to (?:get|load|open|connect|fetch|retrieve|sign|log)', 'could ?n ?t (?:get|load|open|fetch|retrieve)',
    '(?:wo|does|did|is|are) ?n ?t (?:load|loading|open|opening|work|working|connect|start)[a-z]*', 'not (?:loading|working|opening)',
    'fail(?:s|ed|ing|ure)?', 'stopped working', 'broken', 'broke', 'dead', 'crash[a-z]*', 'no longer works?', 'anymore',
    'blank',
    'not connecting', '(?:goes|went|stays) (?:blank|white)', 'gone for good', 'keeps (?:failing|erroring|crashing|spinning)', 'not responding', 'is down',
  ],
  error: ['errors?', 'issue', 'problem', 'bug'],
  unexpectedError: ['unexpected error'],
  legacy: ['legacy', 'old', 'older', 'deprecat[a-z]*', 'retir[a-z]*'],
  reenable: [
    're ?enable[a-z]*', 'turn (?:them |it )?back on', 'switch (?:them |it )?back on', 'enable (?:them |it )?again',
    'reactivat[a-z]*', 'allow[a-z]*', 'admin[a-z]*', 'administrator',
  ],
  exception: [
    'exception', 'exemption', 'extension', 'deadline', 'cut ?off', 'grace period', 'switched off', 'turned off',
    'shut (?:off|down)', 'disabled?', 'discontinu[a-z]*', 'going away', 'end of life', 'sunset[a-z]*', 'no longer supported', 'more time', 'phase[ds]? out', 'when exactly', 'what date', 'how long', 'timeline', 'end of support',
  ],
  human: [
    '(?:talk|speak|chat) (?:to|with) (?:a |an |some ?one|some ?body|real |actual |live |the )*(?:human|person|agent|people|one|body|technician|engineer|support|it|staff|rep[a-z]*)',
    'get me (?:a |an )?(?:support )?(?:person|human|agent|someone|somebody|technician)',
    '(?:need|want) (?:a |an )?(?:real )?(?:human|person|agent|technician|someone from [a-z]+)',
    '(?:open|create|raise|file|log|submit) (?:a |an )?(?:support )?(?:ticket|case|incident)', 'escalat[a-z]*',
    'connect me (?:with|to)', 'put me through', 'put me in touch', 'transfer me', 'get (?:a|an) (?:human|agent|person)',
    '(?:talk|speak|chat) (?:to|with) some ?(?:one|body)', 'some ?one (?:i|we) can (?:talk|speak) to', 'can some ?(?:one|body) (?:from [a-z]+ )?(?:call|contact|ring) me', 'human please', 'live agent', 'real person', 'representative',
    'contact (?:the )?support', 'support (?:person|agent|staff|engineer)', 'someone from (?:it|support|the helpdesk)',
    '(?:can|could|may) (?:i|we) (?:have|get) (?:a |an )?(?:human|person|agent|technician|rep[a-z]*|engineer|some ?one|some ?body)', '(?:call|phone|ring) me', '(?:get|jump|hop) on a call', '(?:need|want) some ?(?:one|body)',
  ],
  otherWorkfront: [
    'timesheets?', 'time ?sheet', 'proof(?:ing|s)?', 'reviewer', 'reports?', 'export', 'excel', 'notifications?',
    'mobile', 'iphone', 'android', 'dashboard', 'calendar', 'sync[a-z]*', 'web ?login', 'sso', 'password', 'approval', 'license',
  ],
  commands: {
    help: ['help', 'help me', 'menu', 'commands'],
    status: ['status', 'my status', 'case status', 'status of my (?:case|ticket)', 'my case'],
    cancel: ['cancel', 'cancel (?:my |the )?(?:case|ticket|request)', 'never ?mind', 'stop'],
    cases: ['cases', 'open cases', 'list cases', 'show cases', 'all cases', 'case list', 'queue'],
    'register-channel': [
      'use this channel for support(?: cases)?', 'register (?:this )?channel', 'register this channel for support',
      '(?:set|make) this (?:channel )?(?:as )?the support channel', 'this is the support channel',
      'use this channel for (?:support )?(?:cases|handoffs?)', 'support channel here',
    ],
  },
};
