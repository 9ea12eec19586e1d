import type { Lang } from '../../knowledge/types';

/**
 * Word families for asking for a person that are composed rather than listed as fixed phrases:
 * a PERSON word (technician, support, IT, someone...) near a REQUEST word (contact, look at,
 * need, handle...), or a WHO question about who is responsible / whom to contact.
 * Request words exclude those that also describe the failure ("connect", "verbindet sich nicht").
 * Same conventions as Lexicon (normalized text; Latin edges get word boundaries).
 */
export interface HandoffCues {
  person: readonly string[];
  request: readonly string[];
  who: readonly string[];
}

export const HANDOFF_CUES: Record<Lang, HandoffCues> = {
  en: {
    person: ['humans?', 'person', 'agents?', 'technicians?', 'tech', 'engineers?', 'specialists?', 'experts?', 'some ?(?:one|body)', 'help ?desk', 'service ?desk', 'it (?:team|department|dept|support|guys|folks)', 'support (?:team|engineer|staff|desk)', 'representative', 'operator'],
    request: ['book (?:[0-9]+ ?(?:min|mins|minutes)|some time|time)', 'contact', '(?:be|get|being) contacted', 'schedule (?:a |an )?(?:call|meeting|session|appointment)', 'book (?:a |an )?(?:call|slot|session|appointment)', 'get in touch', 'reach (?:out|me|us)', 'loop(?:ed)? in', 'call (?:me|us)', 'call ?back(?! (?:and |or )?(?:[a-z]+ ){0,2}(?:tokens?|ones))', 'talk', 'speak', 'look (?:at|into)', 'have a look', 'take a look', 'check on', 'handle', 'sort (?:it|this) out', 'assign', 'send', 'arrange', 'come by', 'remote (?:in(?:to)?|onto)', 'transfer', 'put (?:me|us) through', 'get [a-z ]{0,20}involved', 'involve', 'have (?:some ?one|some ?body)', '(?:give|get) (?:me|us)', 'help (?:me|us)', 'help from', '(?:i|we) (?:really )?(?:need|want|would like|d like)'],
    // Not the "callback tokens" of Exchange that this very problem is about.
    who: ['who (?:handles|is responsible|s responsible|is in charge|owns|looks after|takes care of|deals with|manages)', 'call ?back(?! (?:and |or )?(?:[a-z]+ ){0,2}(?:tokens?|ones))'],
  },
  fr: {
    person: ['qq ?un', 'qqn', 'technicien(?:ne)?', 'agent', 'conseiller(?:e)?', 'operat(?:eur|rice)', 'humain', 'personne', 'quelqu un', 'support', 'helpdesk', 'hotline', 'informaticien(?:ne)?', 'service informatique', 'equipe (?:support|informatique|it)', 'dsi'],
    request: ['contact(?:er|ez)?', 'contacte(?:e|s)?', 'rendez vous', 'rdv', '(?:passez|passe) moi', 'me passer', 'joindre', 'r?appel(?:er|ez|le)', 'parler', 'discuter', 'echanger', 'regarde(?:r|z)', 'verifie(?:r|z)', 'occupe(?:r|z)', 'passer', 'intervenir', 'mettre en (?:contact|relation)', 'mettez moi', 'aider', 'envoy(?:er|ez)', 'transf[ea]r(?:er|ez)', 'confi(?:er|ez)', 'assign(?:er|ez)', 'besoin', 'faudrait', 'il faut', 'il (?:me|nous) faut', 'veux', 'voudrais', 'aimerais', 'souhaite(?:rais)?'],
    who: ['qui (?:s occupe|gere|est responsable|est en charge|contacter|puis je contacter|dois je contacter|peut m aider)'],
  },
  de: {
    person: ['techniker(?:in)?', 'mitarbeiter(?:in)?', 'mensch(?:en)?', 'jemand(?:en|em)?', 'support', 'helpdesk', 'service ?desk', 'it abteilung', '(?:der|die) it', 'it support', 'person', 'ansprechpartner(?:in)?'],
    request: ['gib (?:mir|uns)', 'geben sie mir', 'mich [a-z ]{0,30}verbinden', 'termin', 'kontaktiert werden', 'telefonieren', 'kontaktier(?:en|t)', 'anruf(?:en|t)', 'zuruckruf(?:en|t)', 'sprechen', 'reden', 'anschau(?:en|t)', 'ansehen', 'prufen', 'kummer[nt]', 'nachsehen', 'helfen', 'brauche', 'mochte', 'hatte gern', 'schick(?:en|t|e)?', 'vorbei[a-z]*', 'weiterleiten', 'durchstellen'],
    who: ['wer ist [a-z ]{0,40}zustandig', 'zustandig(?:e|en)? (?:ist|sind|person|stelle)', 'wer (?:kummert sich|betreut|ist verantwortlich)'],
  },
  es: {
    person: ['tecnic[oa]', 'agente', 'persona', 'humano', 'alguien', 'soporte', 'helpdesk', 'mesa de ayuda', '(?:equipo|area|departamento) de (?:ti|it|sistemas|soporte)', 'sistemas', 'informatica', 'operador(?:a)?', 'asesor(?:a)?'],
    request: ['(?:hacer|hacerme|tener) una (?:call|llamada|videollamada)', 'revis(?:ar|en)(?:lo|la|me)', 'marcarme', '(?:me|nos) (?:puede|pueden|podes|podrias|podria) marcar', 'venir', '(?:a|hasta) mi (?:lugar|puesto|mesa|escritorio)', 'contact(?:ar|e|en)(?:me)?', 'contactad[oa]', '(?:agendar|programar|concertar) (?:una )?(?:llamada|reunion|cita)', 'cita', 'llam(?:ar|e|en)(?:me)?', 'hablar', 'comunic(?:ar|arme|en)', 'revis(?:ar|en)', 'que (?:me |lo |le )?revise', 'mir(?:ar|en)', 'que (?:me |lo |le )?mire', 'encargu?e', 'atien(?:da|dan)', 'atender', 'pas(?:ar|a|ad|en)(?:me)? con', 'poner(?:me)? en contacto', 'transfier[a-z]*', 'transferir(?:me)?', 'deriv(?:ar|en|e|a)(?:me)?', 'envi(?:ar|en)(?:me)?', 'necesito', 'quiero', 'quisiera', 'gustaria'],
    who: ['quien (?:se encarga|es el responsable|lleva|gestiona|atiende|maneja)'],
  },
  it: {
    person: ['qlcn', 'qlc', 'tecnic[oa]', 'operat(?:ore|rice)', 'agente', 'persona', 'umano', 'qualcuno', 'supporto', 'assistenza', 'helpdesk', 'l it', 'sistemisti', 'consulente'],
    request: ['chiam(?:a|ami|atemi)', '(?:dare|darci|darmi|dai|dia) (?:un )?(?:occhiata|occhio)', '(?:mi|ci) date', 'datemi', 'dammi', 'passare da me', 'alla mia (?:scrivania|postazione)', 'contatt(?:are|i|ino)', 'contattat[oa]', 'appuntamento', '(?:fissare|organizzare) (?:una )?(?:call|chiamata|riunione)', 'chiam(?:are|i)', 'parlare', 'guard(?:i|are|ino)', 'controll(?:i|are)', 'verific(?:hi|are)', 'occup(?:i|arsi)', 'mett(?:ere|ermi|etemi) in contatto', 'aiut(?:are|armi)', 'passatemi', 'mi pass(?:ate|i)', 'passarmi', 'trasferi[a-z]*', 'mandatemi', 'mi mand(?:ate|i)', 'bisogno', 'mi serve', 'vorrei', 'voglio'],
    who: ['chi (?:si occupa|e responsabile|gestisce|segue)'],
  },
  pt: {
    person: ['tecnic[oa]', 'atendente', 'agente', 'pessoa', 'humano', 'alguem', 'suporte', 'helpdesk', 'equipe de ti', 'a ti', 'analista'],
    request: ['dar uma (?:vista de olhos|olhada|olhadela)', '(?:a|ate a) minha (?:mesa|secretaria|estacao)', 'contato', 'contatad[oa]', 'contactad[oa]', 'agendar', 'contat(?:ar|e)', 'lig(?:ar|ue)', 'falar', 'veja', 'olh(?:ar|e)', 'verifi(?:car|que)', 'cuid(?:ar|e)', 'atend(?:er|a)', 'ajud(?:ar|e)', 'pass(?:ar|e|a|em|arem)(?: me)? (?:para|pra)', 'transfer[a-z]*', 'transfir[a-z]*', 'mand(?:e|em) (?:um|uma|alguem)', 'preciso', 'quero', 'gostaria', 'queria'],
    who: ['quem (?:cuida|e responsavel|resolve|atende|gerencia)'],
  },
  nl: {
    person: ['technicus', '[a-z]*medewerkers?', 'mens', 'persoon', 'iemand', 'support', 'helpdesk', 'servicedesk', 'ict', 'it afdeling', 'specialist'],
    request: ['langs (?:mijn|m n) (?:bureau|werkplek)', 'langs ?(?:komen|lopen)', 'contact', 'gecontacteerd', 'afspraak', '(?:terug ?)?bellen', 'terug ?gebeld', 'spreken', 'praten', 'kijken', 'bekijken', 'nakijken', 'controleren', 'helpen', '(?:heb|hebben) [a-z ]{0,25}nodig', 'zet (?:me|mij|ons) [a-z ]{0,20}door', 'door ?zetten', 'door ?verbinden', '(?:ik|we|wij) (?:wil|willen|zou|zouden)(?: graag)?'],
    who: ['wie (?:gaat (?:er )?over|is (?:hier )?verantwoordelijk|beheert|regelt)'],
  },
  ja: {
    person: ['担当', 'サポート(?!終了|期限|対象|外|され|する|して)', '技術者', 'エンジニア', '情シス', 'ヘルプデスク', '詳しい(?:人|方)', '誰か', 'どなたか'],
    request: ['対応(?:を)?お願い', 'お願いでき', '見てほし', '見てもら', '連絡', '相談', '電話', '対応して'],
    who: ['誰が(?:担当|対応|管理)', '担当(?:部署|者)はどこ', 'どこに(?:問い合わせ|連絡|相談)', '問い合わせ先', '連絡先を教え'],
  },
  ko: {
    person: ['누가', '담당자', '상담원', '기술 ?지원', '지원팀', '엔지니어', 'it ?팀', '헬프 ?데스크', '누군가', '전문가', '(?<!다른 ?)사람(?!들)'],
    request: ['(?:제|내) 자리(?:로|에)', '와 ?(?:주세요|주실|주시|줄 수|줘)', '연결 ?(?:해|부탁|좀)', '연락', '통화', '상담', '처리해 ?주', '봐 ?주', '확인해 ?주', '도와 ?주', '도와줄', '부탁', '필요', '넘겨 ?주'],
    who: ['누가 ?(?:처리|담당|해결|관리)', '어디(?:에|로) ?(?:문의|연락)', '담당 ?부서'],
  },
  zh: {
    person: ['派(?:个|個)?人', '技术支持', '技術支援', '工程师', '工程師', '客服', '支持人员', '支援人員', '技术人员', '技術人員', '技术员', '技術員', '专人', '專人', '人工(?!智)', '(?<!还|還|没|沒|所)有人'],
    request: ['远程(?:连|連|协助|協助|控制|操作)', '遠程(?:連|協助|控制|操作)', '到我(?:座位|工位|位子)', '联系', '聯繫', '聯絡', '安排', '处理', '處理', '看一下', '看看', '帮忙', '幫忙', '对接', '對接', '沟通', '溝通', '回(?:个|個)?(?:电话|電話|电|電)', '打(?:个|個)?(?:电话|電話)', '需要', '协助', '協助', '派', '过来', '過來', '上门', '上門'],
    who: ['归谁管', '歸誰管', '谁负责', '誰負責', '谁管', '誰管', '哪个部门', '哪個部門'],
  },
};
