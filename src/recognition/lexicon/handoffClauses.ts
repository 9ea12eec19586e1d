import type { Lang } from '../../knowledge/types';

/**
 * Clause-level grammar of asking for a person, per language (normalized text, same conventions
 * as Lexicon: Latin edges get word boundaries, CJK patterns are substrings).
 * - bare: a person noun that, with only `filler` words around it, is a whole request
 *   ("agent please", "Mensch bitte", "un humain svp", "人工客服").
 * - caseNoun near caseVerb: asking for a ticket/case/incident in any word order
 *   ("raise an incident", "Ticket bitte aufmachen", "meld een incident aan", "요청 접수").
 * - blockers: a clause that reports a past contact, speaks of someone else, asks colleagues,
 *   says no person is needed, or is about forwarding a mail is not a request.
 */
export interface HandoffClauseGrammar {
  bare: readonly string[];
  filler: readonly string[];
  caseNoun: readonly string[];
  caseVerb: readonly string[];
  blockers: readonly string[];
}

const LATIN_FILLER = ['please', 'pls', 'plz', 'now', 'asap', 'thanks', 'thank you', 'ok', 'okay', 'hi', 'hello', 'hey', 'urgent', 'again', 'just'];

// Each language's blockers start with other departments and personal-admin subjects (HR, leave, expenses,
// a laptop swap): a person asked for about those, in a list of requests, is not asked for about this problem.
export const HANDOFF_CLAUSES: Record<Lang, HandoffClauseGrammar> = {
  en: {
    bare: ['tickets?', 'incident', 'humans?', 'person', 'agents?', 'operator', 'technicians?', 'tech support', 'support (?:staff|team|agent|person)', 'help ?desk', 'service ?desk', 'representative', 'customer (?:service|support)', 'live (?:agent|chat|support)', 'real (?:person|human)', 'escalation', 'call ?back'],
    filler: [...LATIN_FILLER, 'a', 'an', 'the', 'some', 'real', 'actual', 'live', 'need', 'want', 'i', 'me', 'for me', 'to'],
    caseNoun: ['tickets?', 'incidents?', '(?:support |service |help ?desk )?requests?', '(?<!in |just in |any )cases?'],
    caseVerb: ['open', 'raise', 'log(?! ?(?:in|on|out))', 'file', 'create', 'submit', 'lodge', 'put in', 'make'],
    blockers: ['(?:hr|human resources|payroll|facilities|hardware team|people team)', '(?:expenses?|vacation|holidays?|annual leave|laptop (?:swap|replacement|exchange))', 'workfront (?:requests?|tasks?|issues?)',
      '(?:case|ticket|request)(?: [a-z]+){0,3} with (?:microsoft|ms|msft|adobe)',
      '(?:already|ve|have|had|i|we) (?:called|phoned|rang|contacted|emailed|messaged|pinged|spoke|spoken|talked|asked for)',
      '(?:already|ve|have|had|i|we) (?:opened|raised|logged|filed|submitted|created|escalated) (?:a |an |the |my )?(?:ticket|case|incident|request|it)',
      '(?:told|advised|instructed|asked) (?:me|us) to', '(?:they|he|she|support|helpdesk|help desk|it team|service desk) (?:said|told|replied)',
      '(?:he|she|they|colleague|manager|boss|coworker|teammate|user)s? (?:wants?|needs?|asked|requested|would like|called|contacted)',
      '(?:any|some) ?(?:one|body) else', '(?:does|did|has|is) any ?(?:one|body)', 'any ?(?:one|body) (?:seeing|having|getting|know|knows|experiencing)',
      '(?<!jump |hop |get )(?:on|in) a (?:call|meeting|teams call)', '(?:don ?t|do not|no|not) need (?:a |an |any |to )?(?:support|humans?|person|agents?|technicians?|tickets?|help ?desk|some ?(?:one|body)|to (?:talk|speak|call|contact))',
      'forward(?:ed|ing)? (?:this|the|that|my)? ?(?:e ?mail|mail|message)',
      // The writer's own next step, not a request to the bot: "before I escalate internally".
      'before (?:i|we) (?:escalate|open|raise|log|file|call|contact)', '(?:nobody|no one|no ?body) (?:needs? to|has to|should) (?:call|contact|ring|phone|come)', 'escalat[a-z]* (?:it |this )?internally',
    ],
  },
  fr: {
    bare: ['ticket', 'incident', 'humain', 'un humain', 'agent', 'conseiller(?:e)?', 'technicien(?:ne)?', 'operat(?:eur|rice)', 'support', 'hotline', 'helpdesk', '(?:une )?vraie personne', 'quelqu un', 'escalade', 'rappel'],
    filler: [...LATIN_FILLER, 'svp', 'stp', 's il (?:vous|te) plait', 'merci', 'un', 'une', 'le', 'la', 'du', 'vrai', 'vraie', 'humain', 'je veux', 'moi', 'bonjour'],
    caseNoun: ['tickets?', 'billets?', 'incidents?', 'signalement', 'demande d (?:assistance|intervention|support)'],
    caseVerb: ['ouvr[a-z]*', 'cre(?:er|ez|e)', 'declar(?:er|ez)', 'saisi[a-z]*', 'enregistr(?:er|ez)', 'remont(?:er|ez)'],
    blockers: ['(?:rh|ressources humaines|paie|services generaux)', '(?:conges|notes? de frais|vacances)', 'pas (?:besoin|la peine) (?:d |de )?(?:ouvrir )?(?:un )?ticket', 'demandes? (?:dans |de )?workfront',
      '(?:ticket|dossier|demande|cas) (?:chez|aupres de|avec) (?:le support )?(?:microsoft|adobe)',
      'deja (?:appele|contacte|ouvert|parle|ecrit|signale|escalade|eu)', 'j ai (?:appele|contacte|ecrit a|parle (?:a|avec)|ouvert (?:un|une) (?:ticket|incident|demande))', '(?:on|il|elle|ils|elles) m (?:a|ont) (?:dit|conseille|repondu)',
      'quelqu un d autre', 'd autres (?:personnes|collegues)', 'en (?:reunion|appel|call)', 'pas besoin (?:d |de )?(?:un |une )?(?:humain|agent|technicien|ticket|support|parler|conseiller)',
      '(?:mon|ma) (?:collegue|manager|responsable|chef) (?:a|veut|demande)', 'transf[ea]r[a-z]* (?:ce|le|un|mon) (?:mail|courriel|message)',
    ],
  },
  de: {
    bare: ['ticket', 'mensch(?:en)?', '[a-z]*mitarbeiter(?:in)?', 'techniker(?:in)?', 'support', 'agent', 'helpdesk', 'service ?desk', 'ansprechpartner(?:in)?', 'ruckruf', 'eskalation'],
    filler: [...LATIN_FILLER, 'bitte', 'danke', 'mal', 'jetzt', 'einen', 'eine', 'ein', 'echten', 'echter', 'richtigen', 'hallo', 'brauche', 'will'],
    caseNoun: ['tickets?', 'vorfall', 'incident', 'storungsmeldung', 'supportanfrage', 'anfrage', 'supportfall'],
    caseVerb: ['auf ?(?:machen|mach)', 'mach[a-z]*', 'eroffne[a-z]*', 'erstell[a-z]*', 'anleg[a-z]*', 'leg[a-z]*', 'aufnehm[a-z]*', 'aufgeb[a-z]*', 'offne[a-z]*'],
    blockers: ['(?:personalabteilung|hr|hardware ?team|lohnbuchhaltung)', '(?:urlaub|spesen|laptop ?tausch)', 'kein ticket (?:notig|erforderlich|noetig)', 'workfront ?(?:anfragen?|aufgaben?)',
      '(?:ticket|fall|anfrage|supportfall)(?: [a-z]+){0,3} bei (?:microsoft|adobe)',
      'schon [a-z ]{0,30}(?:angerufen|kontaktiert|gesprochen|geoffnet|aufgemacht|eroffnet|gemeldet|geschrieben|eskaliert)', '(?:habe|hab|hatte) [a-z ]{0,30}(?:angerufen|kontaktiert|gesprochen|geoffnet|aufgemacht|eroffnet|gemeldet|geschrieben)',
      '(?:die|sie|er) (?:sagten|sagte|meinten|meinte|haben gesagt)', 'meinen (?:dass|der|die|das|es)', 'sonst (?:noch )?jemand', 'noch jemand', 'auch jemand',
      '(?:in einem|im|gerade im) (?:call|meeting|termin|anruf|telefonat)', '(?:brauche|brauchen) (?:keinen|keine|kein)', '(?:mail|e mail|nachricht)[a-z ]{0,40}weiterleit[a-z]*',
    ],
  },
  es: {
    bare: ['ticket', 'incidencia', 'persona', 'humano', 'agente', 'tecnic[oa]', 'operador(?:a)?', 'soporte(?: humano)?', 'asesor(?:a)?', 'persona real', 'una persona'],
    filler: [...LATIN_FILLER, 'por favor', 'porfa', 'x favor', 'xfa', 'gracias', 'un', 'una', 'ya', 'real', 'de verdad', 'humano', 'hola', 'quiero', 'necesito'],
    caseNoun: ['tickets?', '(?<!en |este |ese |cada |tal )casos?', 'incidencias?', 'incidentes?', 'solicitud', 'peticion'],
    caseVerb: ['abr[a-z]*', 'cre(?:ar|en|e|a)', 'levant(?:ar|en|e|a)', 'registr(?:ar|en|e|a)', 'gener(?:ar|en|e|a)'],
    blockers: ['(?:rr|rr ?hh|recursos humanos|nominas)', '(?:vacaciones|gastos|cambio de portatil)', 'no (?:hace falta|necesito|hay que) (?:abrir )?(?:un |ningun )?ticket', 'solicitud(?:es)? (?:en |de )?workfront',
      '(?:caso|ticket|solicitud)(?: [a-z]+){0,3} (?:con|a|en) (?:el soporte de )?(?:microsoft|adobe)',
      'ya (?:le |les )?(?:llame|hable|contacte|abri|escribi|reporte|escale|levante|envie|mande)', 'me (?:dijeron|dijo|comentaron|recomendaron)', 'alguien mas', 'otras personas',
      'en una (?:llamada|reunion)', 'no (?:necesito|hace falta|quiero) (?:un |una |a un )?(?:agente|humano|persona|tecnico|ticket|hablar)',
      'reenvi[a-z]* (?:este|el|un) (?:correo|mail|mensaje)', 'mi (?:companer[oa]|jefe|colega) (?:pidio|quiere|llamo)',
    ],
  },
  it: {
    bare: ['ticket', 'segnalazione', 'operatore', 'persona', 'umano', 'tecnico', 'assistenza', 'agente', 'persona vera', 'supporto'],
    filler: [...LATIN_FILLER, 'per favore', 'per piacere', 'grazie', 'un', 'una', 'vero', 'vera', 'umano', 'ciao', 'voglio', 'subito'],
    caseNoun: ['ticket', 'segnalazion[ei]', '(?<!ogni |nel |questo |quel |in |tal )caso', 'richiest[ae]', 'incident[ei]?'],
    caseVerb: ['apr[a-z]*', 'cre(?:are|ate|a|i)', 'registr[a-z]*', 'inser[a-z]*'],
    blockers: ['(?:risorse umane|hr|team hardware|ufficio (?:del )?personale)', '(?:ferie|rimborsi|cambio del portatile)', 'non (?:serve|c e bisogno di) (?:aprire )?(?:un |nessun )?ticket', 'richiest[ae] (?:in |di )?workfront',
      '(?:caso|ticket|richiesta)(?: [a-z]+){0,3} (?:con|a|presso) (?:il supporto (?:di )?)?(?:microsoft|adobe)',
      '(?:ho |abbiamo )?gia (?:chiamato|contattato|aperto|parlato|scritto|segnalato)', 'mi (?:hanno|ha) detto', 'qualcun altro', 'anche a (?:qualcuno|voi|altri)', 'altri colleghi',
      'in (?:call|riunione|chiamata)', 'non (?:mi serve|ho bisogno di) (?:un |una )?(?:operatore|tecnico|persona|ticket)', 'inoltr[a-z]* (?:questa|la|una) (?:mail|email|e mail|messaggio)',
    ],
  },
  pt: {
    bare: ['chamado', 'ticket', 'atendente(?: humano)?', 'humano', 'pessoa', 'tecnic[oa]', 'agente', 'suporte(?: humano)?', 'analista', 'pessoa de verdade'],
    filler: [...LATIN_FILLER, 'por favor', 'pfv', 'pf', 'obrigad[oa]', 'um', 'uma', 'humano', 'real', 'de verdade', 'ola', 'quero', 'preciso'],
    caseNoun: ['chamados?', 'tickets?', 'incidentes?', 'solicitac(?:ao|oes)', 'ocorrencias?', 'pedido de (?:suporte|ajuda|assistencia)'],
    caseVerb: ['abr[a-z]*', 'cri(?:ar|em|e|a)', 'registr(?:ar|em|e|a)', 'fa(?:zer|ca|cam)'],
    blockers: ['(?:rh|recursos humanos|folha de pagamento)', '(?:ferias|reembolsos?|troca de (?:notebook|portatil))', 'nao (?:precisa|e preciso|precisamos) (?:de )?(?:abrir )?(?:um |nenhum )?(?:chamado|ticket)', 'solicitac(?:ao|oes) (?:no |do )?workfront',
      '(?:caso|chamado|ticket|solicitacao)(?: [a-z]+){0,3} (?:com a|com|na|junto a|a) (?:o suporte d[ao] )?(?:microsoft|adobe)',
      'ja (?:liguei|falei|abri|contatei|escrevi|escalei|registrei)', '(?:me )?(?:disseram|mandaram|falaram)', 'mais alguem', 'alguem mais', 'outras pessoas',
      '(?:numa|em uma|em|estou numa|estou em) (?:chamada|reuniao|call)', 'nao (?:preciso|quero) (?:de )?(?:um |uma )?(?:atendente|humano|pessoa|tecnico|chamado|falar)',
      'encaminh[a-z]* (?:esse|este|o|um) (?:e ?mail|email|mensagem)',
    ],
  },
  nl: {
    bare: ['ticket', 'incident', 'mens', 'medewerker', '[a-z]*medewerker', 'technicus', 'persoon', 'echt(?:e)? (?:mens|persoon)', 'support', 'helpdesk', 'servicedesk', 'agent'],
    filler: [...LATIN_FILLER, 'graag', 'aub', 'alsjeblieft', 'alstublieft', 'dank', 'bedankt', 'een', 'echte', 'echt', 'nu', 'hoi', 'hallo', 'wil'],
    caseNoun: ['tickets?', 'incidents?', 'storingsmelding'],
    caseVerb: ['aan ?(?:maken|gemaakt)', 'maak(?:t|en)?', 'open(?:en|t)?', 'meld(?:en|t)?', 'registr[a-z]*', 'zet(?:ten)?', 'leg(?:gen)?'],
    blockers: ['(?:hr|personeelszaken|salarisadministratie|facilitair)', '(?:verlof|vakantie|declaraties?|laptopwissel)', '(?:hoeft|hoef|is) geen ticket(?: nodig)?', 'workfront ?(?:aanvragen?|verzoeken?)',
      '(?:ticket|case|melding|aanvraag)(?: [a-z]+){0,3} bij (?:microsoft|adobe)',
      '(?:al|reeds) (?:gebeld|gemaild|gesproken|gemeld|aangemaakt|gecontacteerd|geopend)', '(?:heb|hebben|had) [a-z ]{0,30}(?:gebeld|gemaild|gesproken|gemeld|aangemaakt|gecontacteerd|geopend)',
      'zeiden', 'zei dat', '(?:helpdesk|servicedesk|support|it|ict|collega|manager) (?:wil|wilt|vraagt|zegt|zei)', 'iemand anders', 'nog iemand', 'ook iemand', 'zit (?:nu )?in een (?:call|vergadering|meeting|gesprek)', 'geen (?:ticket|medewerker|mens|technicus) nodig',
      '(?:mail|e mail|bericht) door', 'doorstur[a-z]* (?:een |de |deze )?(?:mail|e mail|bericht)',
    ],
  },
  ja: {
    bare: ['チケット', '担当者', 'オペレーター', '有人(?:対応|サポート|窓口)?', '人間', 'サポート(?:担当|窓口|の方|の人)?', '技術者', 'エンジニア'],
    filler: ['お願いします', 'お願い', 'ください', '下さい', 'を', 'で', 'に', 'と', 'です', 'すぐ', '至急'],
    caseNoun: ['チケット', '問い合わせ', '問合せ', 'インシデント', 'ケース', '障害票'],
    caseVerb: ['起票', '作成', '登録', '発行', '上げ', '立て', '切っ', '切り', '開い', '開け'],
    blockers: ['人事', '総務', 'ハードウェア', '休暇', '経費', '(?:ノートpc|pc|パソコン)交換', 'チケット(?:は|の)?(?:不要|いらない|要りません|必要ありません)', 'workfront ?の?リクエスト', '(?:既に|すでに|もう)[^ ]{0,12}(?:電話|連絡|問い合わせ|相談|起票)', '(?:電話|連絡|問い合わせ|相談|起票)(?:しました|したが|したけど|済み|しています)', '(?:と|って)言われ', 'ほかにも', '他にも', '他の(?:人|方)', '会議中', '通話中', '(?:不要|いりません|必要ありません)'],
  },
  ko: {
    bare: ['티켓', '상담원', '상담사', '담당자', '사람', '직원', '엔지니어', '기술 ?지원', '지원팀'],
    // Chat shorthand: "ㄱㄱ" (go go), which NFKC turns into conjoining jamo.
    filler: ['\u1100+', '부탁(?:해요|합니다|드립니다|드려요|해)?', '주세요', '요', '좀', '연결', '지금', '빨리', '으로', '로', '과', '와', ' '],
    caseNoun: ['티켓', '요청', '문의', '케이스', '장애', '인시던트'],
    caseVerb: ['접수', '열어', '생성', '등록', '올려', '만들어', '발행'],
    blockers: ['인사 ?(?:팀|부)', '하드웨어', '휴가', '경비', '노트북 교체', '티켓(?:까지는|은|는)? ?필요 ?없', 'workfront ?요청', ' 이미 [^ ]*(?:전화|연락|문의|티켓|접수)', '(?:전화|연락|문의|접수)(?:했는데|했어요|했습니다|했었)', '(?:라고|하라고) ?(?:했|하더)', '다른 ?(?:분|사람)', '통화 ?중', '회의 ?중', '필요 ?없'],
  },
  zh: {
    bare: ['人工(?:客服|服务|服務)?', '真人(?:客服)?', '客服', '技术支持', '技術支援', '工程师', '工程師', '专人', '專人'],
    filler: ['请', '請', '麻烦', '麻煩', '谢谢', '謝謝', '要', '找', '转', '轉', '接', '我', ' '],
    caseNoun: ['工单', '工單', '单子', '單子'],
    caseVerb: ['提', '开', '開', '建', '创建', '建立', '登记', '登記'],
    blockers: ['人事', '行政部', '硬件', '休假', '报销', '報銷', '换电脑', '換電腦', '(?:不用|不需要|无需|無需)(?:开|開|提)?(?:单|單|工单|工單)', '(?:之前|以前|上次)[^ ]{0,12}(?:开|開|提)的(?:工单|工單)', '(?:工单|工單)(?:被|已)?(?:关|關)', 'workfront ?(?:请求|請求)', '(?:已经|已經)(?:联系|聯繫|打|找|提|问|問|报|報)', '打过', '打過', '联系过', '聯繫過', '他们让我', '他們讓我', '别人', '別人', '其他人', '还有人', '還有人', '也遇到', '有人(?:说|說)', '开会', '開會', '在通话', '不需要', '不用'],
  },
};
