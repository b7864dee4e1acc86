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
    'vuestro', 'vuestra',
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
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['borr*', 'elimin*', 'suprim*'] },
        { label: 'change', phrases: ['restaur*', 'recuper*'] },
      ],
      objects: [{ label: 'content', phrases: ['contactos', 'registro*', 'carpeta*', 'archivo*', 'mensaje*', 'proyecto*', 'fotos', 'conversacion*', 'historial'] }],
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
        { label: 'account', phrases: ['cuenta', 'cuentas', 'perfil*', 'espacio* de trabajo', 'workspace*', 'contrato*', 'suscripcion*'] },
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
  ],
};
