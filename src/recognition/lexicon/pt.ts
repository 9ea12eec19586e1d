import type { Lexicon } from './types';

export const pt: Lexicon = {
  lang: 'pt',
  addin: ['suplementos?', 'complementos?', 'painel', 'extensao', 'plugin', 'integracao'],
  token: ['tokens?'],
  identity: ['identidade', 'de identidade'],
  failure: [
    'entrar', 'fazer login', 'login', 'autentica[a-z]*', 'nao carrega', 'nao funciona', 'parou(?: de funcionar)?',
    'nao abre', 'nao (?:foi possivel|consigo|consegue) (?:obter|abrir|usar|entrar)', 'impossivel', 'travad[oa]', 'trava',
    'quebrad[oa]', 'da erro',
    'nao (?:se )?conecta', 'nao (?:entra|vai|da certo)', 'morreu', 'caiu', 'fica (?:carregando|em branco|branc[oa])',
    'em branco', 'nao faz login', 'nao (?:consigo|consegue) (?:entrar|conectar|logar|acessar|fazer login)', 'nao loga',
    'quebrou', 'pifou',
  ],
  error: ['erros?', 'problema', 'falha'],
  unexpectedError: ['erro inesperado'],
  legacy: ['herdad[oa]s?', 'antig[oa]s?', 'legad[oa]s?', 'legacy', 'obsolet[oa]s?', 'desativad[oa]s?'],
  reenable: ['reativ[a-z]*', 'ativar de novo', 'ativar novamente', 'voltar a ativar', 'permitir', 'administrador[a-z]*', 'admin'],
  exception: ['excecao', 'isencao', 'prorrogacao', 'prazo', 'data limite', 'quando exatamente', 'a partir de quando', 'para todos'],
  human: [
    'falar com (?:um |uma |alguem|algum )*(?:atendente|agente|humano|pessoa|tecnico|alguem|suporte|analista)',
    '(?:abrir|abram|abra|criar|crie|criem) (?:um |uma )?(?:chamado|ticket|caso|solicitacao)', 'escal(?:ar|em|e|onar)',
    'pessoa de verdade', 'ser humano', 'atendimento humano', 'alguem do suporte', 'me transfere',
    'me passa (?:para|pra) (?:um|uma)', 'alguem pode me ligar', 'falar com o suporte',
    '(?:preciso|quero|gostaria|queria|posso) (?:de |falar com |ter )?(?:um |uma )?(?:atendente|agente|humano|pessoa|tecnico|analista|especialista)',
    '(?:abre|cria|registra|registre|registrar) (?:um |uma )?(?:chamado|ticket|caso|solicitacao|incidente)',
    'alguem (?:pode )?me (?:ligar|liga|ligue|contatar|atender)', 'me (?:liga|ligue)',
    '(?:me|nos) (?:chama|chame|chamar|contata|contatar|contate|atende|atender)',
  ],
  otherWorkfront: ['folha de horas', 'planilha de horas', 'relatorios?', 'exportar', 'excel', 'notificacoes', 'celular', 'calendario', 'sincroniz[a-z]*', 'revisor', 'prova', 'senha', 'encaminh[a-z]* (?:um |o |esse |este )?(?:e ?mail|email|mensagem)'],
  commands: {
    help: ['ajuda', 'me ajuda'],
    status: ['estado', 'status', 'meu caso', 'status do (?:meu )?(?:caso|chamado)'],
    cancel: ['cancelar', 'cancela', 'esquece'],
    cases: ['casos', 'chamados', 'casos abertos'],
    'register-channel': ['usar este canal para (?:o )?suporte', 'use este canal para (?:o )?suporte', 'registrar este canal', 'este e o canal de suporte'],
  },
};
