import { objectOnly, objectThenAction, type Lexicon } from './lexicon';

/** Spanish. Accents fold away ("reclamación" → "reclamacion"), so unaccented typing matches too. */
export const es: Lexicon = {
  language: 'es',
  name: 'Spanish',
  functionWords: [
    'el', 'la', 'los', 'las', 'un', 'una', 'y', 'es', 'yo', 'mi', 'mis', 'su', 'sus', 'que', 'por', 'para', 'con', 'no', 'en',
    'del', 'al', 'lo', 'me', 'se', 'nos', 'usted', 'ustedes', 'tengo', 'tiene', 'hay', 'esta', 'este', 'pero', 'como',
    'cuando', 'donde', 'gracias', 'hola', 'favor', 'muy', 'ya', 'quiero', 'puedo', 'pueden', 'estoy', 'son',
    'puede', 'hace', 'tambien', 'todo', 'mas', 'nuestro', 'nuestra', 'desde', 'sin', 'ha', 'han', 'he', 'le', 'les', 'os',
    'vuestro', 'vuestra', 'de',
  ],
  phrases: [
    { kind: 'escalation', topic: 'manager', phrases: ['alguien con autoridad'] },
    { kind: 'escalation', topic: 'human agent', phrases: ['pasenme', 'paseme', 'pasame', 'pasadme'] },
    { kind: 'escalation', topic: 'public complaint', phrases: ['web de opiniones', 'webs de opiniones', 'pagina de opiniones', 'paginas de opiniones'] },
    { kind: 'prompt-injection', topic: 'review bypass', phrases: ['mensaje del sistema', 'instruccion del sistema', 'sin revision humana', 'sin que la revise nadie', 'sin que lo revise nadie', 'modo administrador'] },
    {
      kind: 'financial',
      topic: 'refund',
      phrases: ['reembols*', 'gastos de envio', 'gratis', 'gratuit*', 'algo a cambio', 'devolucion del dinero', 'devuelvan el dinero', 'devolver el dinero', 'compensacion*', 'compensar*', 'indemniz*', 'abono', 'nota de credito', 'credito', 'dinero'],
    },
    {
      kind: 'financial',
      topic: 'payment',
      phrases: ['pago', 'pagos', 'pagar', 'pague', 'pagado', 'cobr*', 'cargo', 'cargos', 'tarjeta de credito', 'transferencia bancaria', 'importe*', 'cuesta', 'coste*', 'costo*', 'tarifa*', 'precio*', 'euros', 'suscripcion*', 'descuento*', 'cupon*'],
    },
    { kind: 'escalation', topic: 'manager', phrases: ['gerente', 'supervisor*', 'superior*', 'jefe', 'jefa', 'encargad*', 'responsable*', 'un humano', 'una persona real', 'persona de verdad'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['ahora eres', 'a partir de ahora eres', 'ahora usted es', 'sin restricciones', 'sin reglas'] },
    {
      kind: 'escalation',
      topic: 'legal action',
      phrases: ['abogad*', 'demanda', 'demandar', 'demandare', 'demandaremos', 'denuncia*', 'tribunal*', 'juzgado*', 'juicio', 'accion legal', 'acciones legales', 'medidas legales', 'via judicial', 'oficina del consumidor', 'omic', 'ocu', 'profeco', 'fraude*', 'estafa*', 'policia', 'rgpd', 'proteccion de datos', 'juridic*'],
    },
    { kind: 'escalation', topic: 'public complaint', phrases: ['redes sociales', 'mala resena*', 'malas resenas', 'resena negativa', 'resenas negativas', 'sitios de resenas', 'prensa', 'periodista*', 'publicamente', 'trustpilot', 'reclamacion*', 'queja formal', 'hoja de reclamaciones'] },
    { kind: 'escalation', topic: 'threat', phrases: ['o si no', 'se van a arrepentir', 'os vais a arrepentir', 'amenaza*', 'consecuencias'] },
    { kind: 'data-change', topic: 'account access', phrases: ['hackearon', 'hackeada', 'hackeado', 'cuenta bloqueada', 'codigo de verificacion', 'verificacion en dos pasos', 'acceso a la cuenta', 'bloquead*', 'sin acceso', 'no puedo acceder', 'perdi el acceso'] },
    {
      kind: 'personal-data',
      topic: 'identity document',
      phrases: ['dni', 'nif', 'pasaporte*', 'numero de la seguridad social', 'seguridad social', 'carnet de conducir', 'iban', 'numero de cuenta', 'numero de tarjeta', 'fecha de nacimiento', 'curp', 'rfc', 'cuit'],
    },

    // La salud es un dato personal sensible (RGPD art. 9), sea cual sea el motivo.
    { kind: 'personal-data', topic: 'health', phrases: ['enfermedad*', 'enfermo', 'enferma', 'baja medica', 'estoy de baja', 'baja por enfermedad', 'hospitaliz*', 'ingresado', 'ingresada', 'cirugia', 'me operaron', 'diagnostic*', 'depresion', 'ansiedad', 'cancer', 'quimio*', 'terapia', 'embarazada', 'embarazo', 'discapacidad'] },
    { kind: 'escalation', topic: 'repeated contact', phrases: ['sin respuesta', 'ninguna respuesta', 'nadie responde', 'nadie contesta', 'hay alguien ahi', 'esperando respuesta', 'sigo esperando'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['burofax', 'requerimiento*', 'incumplimiento*', 'sin permiso', 'sin autorizacion', 'sin consentimiento', 'infraccion*', 'marca registrada', 'propiedad intelectual', 'danos y perjuicios', 'departamento legal', 'asesoria juridica'] },
    { kind: 'data-change', topic: 'data request', phrases: ['todos mis datos', 'copia de mis datos'] },
    { kind: 'data-change', topic: 'account access', phrases: ['olvide mi contrasena', 'olvide la contrasena', 'he olvidado la contrasena', 'he olvidado mi contrasena', 'credenciales'] },
    { kind: 'financial', topic: 'payment', phrases: ['pagar*', 'pagarlo', 'devolved*', 'devuelvan*'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['juego de rol', 'juego de roles', 'sin filtros', 'revision humana', 'aprobacion humana', 'desde ahora eres'] },
    { kind: 'data-change', topic: 'account access', phrases: ['no puedo iniciar sesion', 'no consigo iniciar sesion', 'no puedo entrar en mi cuenta', 'no consigo entrar'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['judicial*', 'judicialmente'] },
    // Disowning what the account did: a sign-in or a change "that was not me".
    { kind: 'data-change', topic: 'account access', phrases: ['no fui yo', 'no he sido yo', 'no era yo'] },
    // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
    { kind: 'data-change', topic: 'account access', phrases: ['dispositivo desconocido', 'inicio de sesion desde', 'aviso de inicio de sesion', 'alerta de inicio de sesion', 'nuevo inicio de sesion', 'codigos de respaldo', 'codigos de recuperacion', 'enlace de restablecimiento'] },
    // A member who left: their seat, logins and work go to someone else, which only the account owner may decide.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['ya no esta con nosotros', 'ya no trabaja', 'se fue de la empresa', 'dejo la empresa', 'ha dejado la empresa', 'antiguo empleado', 'antigua empleada', 'ex socio', 'ex socia', 'deje de ser admin'] },
    // A move announced as news is an address change, whether or not the customer asks for one.
    { kind: 'data-change', topic: 'address change', phrases: ['nos hemos mudado', 'nos hemos mudao', 'nos mudamos', 'mudanza', 'direccion nueva', 'nueva direccion'] },
    // Leaving for a competitor or another provider: a customer about to be lost.
    { kind: 'escalation', topic: 'threat', phrases: ['la competencia', 'competidor*', 'cambiar de proveedor', 'otro proveedor'] },
    // Going public on a named platform or to their audience.
    { kind: 'escalation', topic: 'public complaint', phrases: ['en google', 'en twitter', 'en linkedin', 'en facebook', 'seguidores'] },
    // Someone who decides, or the patience running out.
    { kind: 'escalation', topic: 'seniority', phrases: ['poder de decision', 'alguien que decida', 'director general', 'consejero delegado', 'mi paciencia', 'darme largas', 'dando largas'] },
    // Being forgotten: the right to erasure in its own words.
    { kind: 'data-change', topic: 'data request', phrases: ['derecho al olvido', 'derecho de supresion', 'todo lo que tengais de mi', 'todo lo que teneis de mi', 'lo que tengan de mi', 'olvidadme', 'cualquier rastro'] },
    // Complaints to the regulators and consumer bodies of each country, by name.
    { kind: 'escalation', topic: 'complaint to authorities', phrases: ['aepd', 'agencia de proteccion de datos', 'omic', 'facua', 'ocu', 'encargado del tratamiento'] },
    // Health, as in the lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['baja por maternidad', 'baja de maternidad', 'diabet*', 'embarazada', 'insulina', 'infarto'] },
    // A returned direct debit or a corrected invoice.
    { kind: 'financial', topic: 'invoice', phrases: ['recibo devuelto', 'devuelto el recibo', 'recibo domiciliado', 'devuelva el recibo', 'rectificativa', 'transferencia'] },
    // Someone who decides, or the patience running out.
    { kind: 'escalation', topic: 'seniority', phrases: ['dar largas', 'den largas'] },
    // A gesture for a failure, taken off the next period's fee: money said without a money word.
    { kind: 'financial', topic: 'credit', phrases: ['un gesto', 'proxima cuota', 'siguiente cuota', 'proxima mensualidad', 'la cuota del mes'] },
    // A member who left, called by their former role: their access and work go to someone else.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['ex empleado*', 'ex empleada*', 'ex colaborador*', 'ex companer*', 'antiguo becario', 'antigua becaria', 'ya no colabora'] },
    // A customer who died: their account reached through a relative, which only a human may allow.
    { kind: 'data-change', topic: 'account access', phrases: ['fallecid*', 'fallecio'] },
    // The old address given up: an address change announced, not asked.
    { kind: 'data-change', topic: 'address change', phrases: ['direccion antigua', 'antigua direccion', 'direccion anterior', 'anterior direccion'] },
    // Someone with the final say: a request to go above the agent.
    { kind: 'escalation', topic: 'seniority', phrases: ['la ultima palabra', 'capacidad de decision'] },
    // Consumer media and the press by name.
    { kind: 'escalation', topic: 'public complaint', phrases: ['a la ocu', 'a la prensa', 'en la prensa'] },
    // What a company holds about the customer, asked in their own words: a data subject request.
    { kind: 'data-change', topic: 'data request', phrases: ['datos mios', 'teneis sobre mi', 'tienen sobre mi', 'datos sobre mi'] },
    // Gone from the company's servers: erasure, whatever the verb.
    { kind: 'data-change', topic: 'data request', phrases: ['de vuestros servidores', 'de sus servidores', 'de vuestros sistemas'] },
    // Everything under one roof: a merge said as an idiom.
    { kind: 'data-change', topic: 'merging or moving accounts', phrases: ['bajo un mismo techo', 'bajo el mismo techo', 'todo en una sola', 'todo en una misma'] },
    // Chronic conditions, as in the health lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['hernia discal', 'fibromialgia', 'dolor cronico', 'artritis'] },
    // Whatever the model was told before, set aside: an instruction override without the word 'instructions'.
    { kind: 'prompt-injection', topic: 'instruction override', phrases: ['olvida lo que te dijeron', 'olvida todo lo que te dijeron', 'lo que te hayan dicho', 'olvida lo que te han dicho'] },
    // Dictating the model's whole reply.
    { kind: 'prompt-injection', topic: 'instructions to the model', phrases: ['responde solo con', 'responde solamente con', 'responde unicamente con'] },
    // A game the model is asked to play: role play.
    { kind: 'prompt-injection', topic: 'role play', phrases: ['vamos a jugar', 'finge que eres', 'haz como si fueras'] },
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['borr*', 'elimin*', 'suprim*', 'desaparecid*', 'desaparecio', 'desaparecieron'] },
        { label: 'change', phrases: ['restaur*', 'recuper*'] },
      ],
      objects: [{ label: 'content', phrases: ['contactos', 'registro*', 'carpeta*', 'archivo*', 'mensaje*', 'proyecto*', 'fotos', 'conversacion*', 'historial', 'bandeja*', 'buzon*', 'plantilla*', 'ticket*', 'usuario*'], notIn: ['borrador de mensaje', 'borradores de mensaje', 'borrador de un mensaje'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      // Clitics and questions put words between verb and object: "mi dirección … ¿la pueden actualizar?"
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['borr*', 'elimin*', 'cerrar', 'cierre', 'cancel*', 'dar de baja', 'darme de baja', 'desactiv*', 'suprim*'] },
        {
          label: 'change',
          phrases: ['cambi*', 'modific*', 'actualiz*', 'fusion*', 'unir', 'unificar', 'juntar', 'combinar', 'restablec*', 'resete*', 'desbloque*', 'transferir', 'transfier*', 'traspas*', 'mover', 'corregir', 'restaur*',
            // A detail given wrong is one to change, as the English list says.
            'incorrect*', 'equivocad*', 'erroneo*', 'erronea*', 'mal puest*'],
        },
      ],
      objects: [
        { label: 'account', phrases: ['cuenta', 'cuentas', 'perfil*', 'buzon*', 'bandeja*', 'espacio* de trabajo', 'workspace*', 'contrato*', 'suscripcion*'] },
        { label: 'email address', phrases: ['correo electronico', 'correo', 'email', 'e mail'] },
        { label: 'password', phrases: ['contrasena*', 'clave', 'pin', 'doble factor', 'verificacion en dos pasos', '2fa'] },
        { label: 'address', phrases: ['direccion', 'direcciones', 'domicilio'] },
        { label: 'personal data', phrases: ['datos', 'datos personales', 'telefono', 'numero de telefono', 'nombre', 'usuario'] },
      ],
      topic: objectThenAction,
    },
    {
      kind: 'escalation',
      window: 3,
      actions: [{ label: 'hand-over', phrases: ['hablar', 'hable', 'llam*', 'contact*', 'comunic*', 'pasar*', 'transfier*'] }],
      objects: [{ label: 'human agent', phrases: ['persona', 'humano', 'alguien', 'agente', 'responsable*', 'supervisor*', 'gerente', 'jefe', 'encargad*'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'instruction override', phrases: ['ignor*', 'olvid*', 'omit*', 'salt*'] }],
      objects: [{ label: 'instruction override', phrases: ['instruccion*', 'indicaciones', 'reglas', 'prompt*', 'directrices'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'prompt extraction', phrases: ['muestr*', 'mostrar', 'revel*', 'dime', 'repite*', 'escribe'] }],
      objects: [{ label: 'prompt extraction', phrases: ['prompt*', 'instrucciones del sistema', 'instrucciones iniciales', 'mensaje del sistema'] }],
      topic: objectOnly,
    },

    {
      kind: 'escalation',
      window: 4,
      actions: [{ label: 'repeated contact', phrases: ['segunda vez', 'tercera vez', 'cuarta vez', 'quinta vez', 'enesima vez', 'varias veces'] }],
      objects: [{ label: 'repeated contact', phrases: ['escrib*', 'escrito', 'mail*', 'correo*', 'mensaje*', 'contact*', 'pregunt*', 'reclam*', 'llam*', 'tickets'] }],
      topic: objectOnly,
    },
    {
      kind: 'escalation',
      window: 3,
      actions: [{ label: 'public complaint', phrases: ['pong*', 'dej*', 'escrib*', 'publicar*', 'publico'] }],
      objects: [{ label: 'public complaint', phrases: ['resena*', 'valoracion*', 'opinion'] }],
      topic: objectOnly,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['quit*', 'retir*', 'dar', 'darle', 'darles', 'dad', 'dadle', 'dadles', 'dale', 'dales', 'daselos', 'daselo', 'nombr*', 'hacer', 'haced'] }],
      objects: [{ label: 'role', phrases: ['permiso*', 'administrador*', 'admin*', 'rol', 'derechos', 'propietario*', 'titular*'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['por error', 'sin querer', 'por accidente', 'por equivocacion'] }],
      objects: [{ label: 'content', phrases: ['borre', 'borramos', 'borrado', 'borrada', 'borraron', 'borro', 'elimine', 'eliminamos', 'eliminado', 'eliminada', 'eliminaron', 'perdi'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'export', phrases: ['export*'] }],
      objects: [{ label: 'data', phrases: ['conversaciones', 'datos', 'contactos', 'tickets', 'historial', 'mensajes'] }],
      topic: objectThenAction,
    },
    {
      kind: 'financial',
      window: 3,
      actions: [{ label: 'lost revenue', phrases: ['perd*', 'lucro cesante'] }],
      objects: [{ label: 'lost revenue', phrases: ['ventas', 'ingresos', 'facturacion', 'clientes', 'dinero'] }],
      topic: objectOnly,
    },
    {
      // Making the customer or their data disappear from the records.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'deletion', phrases: ['desaparecer', 'desaparezca', 'desaparezcan'] }],
      objects: [{ label: 'data', phrases: ['archivos', 'ficheros', 'sistemas', 'base de datos', 'datos', 'cuenta', 'rastro'] }],
      topic: objectThenAction,
    },
    {
      // Every customer record in a file: a bulk export of data.
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'export', phrases: ['csv', 'excel', 'archivo', 'fichero', 'hoja de calculo'] }],
      objects: [{ label: 'data', phrases: ['fichas de clientes', 'datos de clientes', 'registros de clientes', 'todos nuestros clientes', 'historial'] }],
      topic: objectThenAction,
    },
    {
      // The bank asked to take a payment back.
      kind: 'financial',
      window: 4,
      actions: [{ label: 'chargeback', phrases: ['devuelva', 'devolver', 'devuelto', 'disputa', 'retrocesion', 'anular'] }],
      objects: [{ label: 'chargeback', phrases: ['banco', 'recibo'] }],
      topic: objectOnly,
    },
    {
      // Someone else's account, a relative's, reached through the customer.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['cuenta', 'contrasena', 'usuario'] }],
      objects: [{ label: 'account access', phrases: ['mujer', 'marido', 'esposa', 'esposo', 'madre', 'padre', 'hijo', 'hija', 'hermana', 'hermano'] }],
      topic: objectOnly,
    },
    {
      // Asking for the instructions word for word: prompt extraction.
      kind: 'prompt-injection',
      window: 8,
      actions: [{ label: 'prompt extraction', phrases: ['palabra por palabra', 'literalmente', 'al pie de la letra'] }],
      objects: [{ label: 'prompt extraction', phrases: ['instrucciones', 'reglas', 'prompt', 'arriba'] }],
      topic: objectOnly,
    },
    {
      // A member who left: their seat, logins and work go to someone else, which only the account owner may decide.
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['quitad*', 'quitar', 'pasen', 'pasar', 'traspas*'] }],
      objects: [{ label: 'account access', phrases: ['acceso', 'clientes', 'licencia*', 'admin'] }],
      topic: objectOnly,
    },
    {
      // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'account access', phrases: ['alguien'] }],
      objects: [{ label: 'account access', phrases: ['iniciado sesion', 'entrado en mi cuenta', 'conectado'] }],
      topic: objectOnly,
    },
    {
      // Two accounts or spaces made one: a merge said as "into one".
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'change', phrases: ['en una sola', 'en uno solo', 'en una', 'una sola', 'un solo'] }],
      objects: [{ label: 'merging or moving accounts', phrases: ['cuentas', 'espacios', 'espacios de trabajo', 'workspaces', 'equipos'] }],
      topic: objectOnly,
    },
    {
      // What was paid too much coming back: "the difference back on our card", whatever the money is called.
      kind: 'financial',
      window: 6,
      actions: [{ label: 'refund', phrases: ['de vuelta', 'devuelv*', 'devolv*', 'abon*'] }],
      objects: [{ label: 'refund', phrases: ['diferencia'] }],
      topic: objectOnly,
    },
  ],
};
