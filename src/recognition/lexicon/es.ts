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
    'inici[a-z]* (?:la )?sesion', 'no (?:me )?(?:deja|permite) (?:entrar|iniciar|acceder|conectar)',
  ],
  error: ['error(?:es)?', 'problema', 'fallo'],
  unexpectedError: ['error inesperado'],
  legacy: ['heredad[oa]s?', 'antigu[oa]s?', 'obsolet[oa]s?', 'legacy', 'heredados de exchange', 'retirad[oa]s?', 'desactivad[oa]s?'],
  reenable: ['volver a activar', 'vuelvo a activar', 'reactiv[a-z]*', 'habilitar de nuevo', 'permitir', 'administrador[a-z]*', 'admin'],
  exception: ['excepcion', 'exencion', 'prorroga', 'plazo', 'fecha limite', 'cuando exactamente', 'a partir de cuando', 'para todos'],
  human: [
    '(?:acceso|control|conexion|asistencia) remot[oa]', 'conectarse (?:a mi|en remoto|remotamente)', 'tomar (?:el )?control de mi',
    'hablar con (?:una |un |alguien|algun )*(?:persona|agente|humano|tecnico|alguien|soporte|operador)',
    '(?:abrir|abran|abra|crear|creen|cree) (?:un |una )?(?:ticket|caso|incidencia|solicitud)', 'escal(?:ar|en|e|ado)',
    'ponerme en contacto', 'comunicarme con', 'persona real', 'ser humano', 'alguien de soporte', 'atencion humana',
    'que me llame', 'pasame con', 'contactar (?:a|con) (?:un|una) (?:agente|tecnico|persona)',
    '(?:quiero|necesito|quisiera|me gustaria|puedo tener) (?:hablar con )?(?:un |una |a un |a una )?(?:agente|humano|persona|tecnico|operador|asesor|especialista)',
    '(?:pasame|pasenme|paseme|comuniqueme|comunicame) con', 'alguien (?:que )?me (?:llame|contacte|atienda)', 'llamenme',
    'llamame', 'contactenme',
    // clitic before a conjugated or modal verb: "me pasan con", "nos puede comunicar con" (object must be a person: "me pasa con Outlook" means "happens to me")
    '(?:me|nos) (?:(?:puede|pueden|podria|podrian|podes|puedes) )?(?:pasa[a-z]*|comunica[a-z]*|transfier[a-z]*|transferi[a-z]*|deriva[a-z]*|conecta[a-z]*|pone[a-z]*|ponen) (?:con|a|en contacto con) (?:un |una |el |la |algun |alguna )?(?:agente|persona|humano|tecnico|operador[a]?|asesor[a]?|especialista|soporte|alguien|mesa de ayuda|helpdesk|sistemas)',
    '(?:me|nos) (?:puede|pueden|podria|podrian) (?:atender|llamar|contactar)', '(?:atiendame|atiendanme)',
    '(?:hay|habra|existe) (?:alguien|un tecnico|un agente|una persona|un operador)(?! (?:mas|que (?:sepa|tenga|haya|le pase)|con))', '(?:puede|pueden|podria|podrian) (?:el equipo de |el area de |el departamento de |la gente de )?(?:ti|it|sistemas|soporte|informatica|helpdesk|alguien|un tecnico|un agente)(?: de [a-z]+)? (?:mirar|revisar|ver|verificar|comprobar|chequear|echar|atender|encargarse|llamarme|contactarme)', 'con quien (?:me comunico|hablo|debo hablar|puedo hablar|me pongo en contacto|contacto|me contacto|me tengo que comunicar)', 'a quien (?:acudo|contacto|llamo|recurro|debo|puedo|le escribo)', '(?:persona|humano) de (?:verdad|carne y hueso)',
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
