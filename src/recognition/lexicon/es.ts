import type { Lexicon } from './types';

export const es: Lexicon = {
  lang: 'es',
  addin: ['complementos?', 'panel', 'panel lateral', 'extension', 'plugin', 'integracion'],
  token: ['tokens?', 'testigos?', 'fichas?'],
  identity: ['identidad', 'de identidad'],
  failure: [
    'iniciar sesion', 'inicio de sesion', 'autentica[a-z]*', 'acceder', 'conectar(?:se|me)?', 'no (?:me )?carga',
    'ya no carga', 'no funciona', 'dejo de funcionar', 'no (?:se )?abre', 'no (?:se )?puede obtener', 'no pude obtener',
    'no puedo (?:usar|abrir|entrar)', 'imposible', 'fall[a-z]*', 'roto', 'se cae', 'bloquea[a-z]*', 'no consigue',
    'no (?:se )?conecta', 'no (?:me )?deja', '(?:ya )?no sirve', 'no anda', 'ya no (?:va|funciona|conecta|abre)',
    'se queda (?:cargando|en blanco|colgad[oa])', 'en blanco',
    'no (?:puedo|logro|consigo) (?:entrar|conectar(?:me)?|acceder|iniciar)', 'caid[oa]', 'se cayo',
  ],
  error: ['error(?:es)?', 'problema', 'fallo'],
  unexpectedError: ['error inesperado'],
  legacy: ['heredad[oa]s?', 'antigu[oa]s?', 'obsolet[oa]s?', 'legacy', 'heredados de exchange', 'retirad[oa]s?', 'desactivad[oa]s?'],
  reenable: ['volver a activar', 'vuelvo a activar', 'reactiv[a-z]*', 'habilitar de nuevo', 'permitir', 'administrador[a-z]*', 'admin'],
  exception: ['excepcion', 'exencion', 'prorroga', 'plazo', 'fecha limite', 'cuando exactamente', 'a partir de cuando', 'para todos'],
  human: [
    'hablar con (?:una |un |alguien|algun )*(?:persona|agente|humano|tecnico|alguien|soporte|operador)',
    '(?:abrir|abran|abra|crear|creen|cree) (?:un |una )?(?:ticket|caso|incidencia|solicitud)', 'escal(?:ar|en|e|ado)',
    'ponerme en contacto', 'comunicarme con', 'persona real', 'ser humano', 'alguien de soporte', 'atencion humana',
    'que me llame', 'pasame con', 'contactar (?:a|con) (?:un|una) (?:agente|tecnico|persona)',
    '(?:quiero|necesito|quisiera|me gustaria|puedo tener) (?:hablar con )?(?:un |una |a un |a una )?(?:agente|humano|persona|tecnico|operador|asesor|especialista)',
    '(?:pasame|pasenme|paseme|comuniqueme|comunicame) con', 'alguien (?:que )?me (?:llame|contacte|atienda)', 'llamenme',
    'llamame', 'contactenme',
    '(?:me|nos) (?:puede|pueden|podria|podrian) (?:atender|llamar|contactar)', '(?:atiendame|atiendanme)',
  ],
  otherWorkfront: ['hoja de horas', 'hojas de tiempo', 'parte de horas', 'informes?', 'reportes?', 'exportar', 'excel', 'notificaciones', 'movil', 'calendario', 'sincroniz[a-z]*', 'revisor', 'prueba', 'contrasena', 'reenvi[a-z]* (?:un |el |este )?(?:correo|mail|mensaje)'],
  commands: {
    help: ['ayuda', 'ayudame'],
    status: ['estado', 'mi caso', 'estado de mi (?:caso|ticket)'],
    cancel: ['cancelar', 'cancela', 'anular', 'olvidalo'],
    cases: ['casos', 'casos abiertos', 'tickets'],
    'register-channel': ['usar este canal para (?:el )?soporte', 'usa este canal para (?:el )?soporte', 'registrar este canal', 'este es el canal de soporte'],
  },
};
