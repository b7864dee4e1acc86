import { objectOnly, objectThenAction, type Lexicon } from './lexicon';

/** Portuguese, Brazilian and European spellings alike ("reembolso", "cancelamento", "contacto"/"contato"). */
export const pt: Lexicon = {
  language: 'pt',
  name: 'Portuguese',
  functionWords: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'e', 'eu', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'que', 'para', 'com', 'nao',
    'em', 'no', 'na', 'nos', 'do', 'da', 'dos', 'das', 'ao', 'voce', 'voces', 'tenho', 'tem', 'esta', 'estou', 'mas', 'como',
    'quando', 'onde', 'obrigado', 'obrigada', 'ola', 'favor', 'muito', 'ja', 'quero', 'posso', 'pode', 'foi', 'sao',
    'se', 'mais', 'tambem', 'nosso', 'nossa', 'sem', 'desde', 'pelo', 'pela', 'isso', 'isto', 'vosso', 'vossa', 'estao', 'tudo',
    'de', 'nas', 'num', 'numa', 'pelos', 'pelas',
  ],
  phrases: [
    { kind: 'escalation', topic: 'manager', phrases: ['a direcao', 'para a direcao', 'a diretoria'] },
    { kind: 'prompt-injection', topic: 'review bypass', phrases: ['mensagem do sistema', 'instrucao do sistema', 'sem revisao humana', 'sem revisao', 'modo administrador'] },
    {
      kind: 'financial',
      topic: 'refund',
      phrases: ['reembols*', 'frete', 'gratis', 'gratuit*', 'algo em troca', 'estorno*', 'estornar', 'devolucao do dinero', 'devolucao do dinheiro', 'devolver o dinheiro', 'dinheiro de volta', 'compensacao*', 'compensar', 'indeniz*', 'indemniz*', 'credito', 'dinheiro'],
    },
    {
      kind: 'financial',
      topic: 'payment',
      phrases: ['pagamento*', 'pagar', 'paguei', 'pago', 'cobranc*', 'cobrad*', 'cobrar', 'cartao de credito', 'boleto*', 'pix', 'fatura*', 'nota fiscal', 'valor', 'custa', 'custo*', 'preco*', 'tarifa*', 'reais', 'euros', 'assinatura*', 'desconto*', 'cupom', 'cupao'],
      // The layout of the document, not what it bills, as the base rules say.
      notIn: ['modelo de fatura', 'modelos de fatura'],
    },
    { kind: 'escalation', topic: 'manager', phrases: ['gerente', 'supervisor*', 'superior*', 'chefe', 'responsavel', 'um humano', 'pessoa de verdade', 'pessoa real'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['agora voce e', 'agora es', 'a partir de agora voce', 'sem restricoes', 'sem regras'] },
    {
      kind: 'escalation',
      topic: 'legal action',
      phrases: ['advogad*', 'processo judicial', 'processar', 'processarei', 'vou processar', 'tribunal*', 'justica', 'juizado*', 'acao judicial', 'medidas legais', 'procon', 'reclame aqui', 'consumidor gov', 'deco', 'fraude*', 'golpe*', 'policia', 'lgpd', 'rgpd', 'juridic*'],
    },
    { kind: 'escalation', topic: 'public complaint', phrases: ['redes sociais', 'avaliacao negativa', 'avaliacoes negativas', 'ma avaliacao', 'sites de avaliacao', 'imprensa', 'jornalista*', 'publicamente', 'reclamacao formal', 'livro de reclamacoes'] },
    { kind: 'escalation', topic: 'threat', phrases: ['vao se arrepender', 'vao arrepender se', 'ameaca*', 'consequencias'] },
    { kind: 'data-change', topic: 'account access', phrases: ['hackearam', 'hackeada', 'hackeado', 'invadida', 'conta bloqueada', 'codigo de verificacao', 'dois fatores', 'acesso a conta', 'bloquead*', 'sem acesso', 'nao consigo acessar', 'perdi o acesso'] },
    {
      kind: 'personal-data',
      topic: 'identity document',
      phrases: ['cpf', 'rg', 'cnpj', 'nif', 'cartao de cidadao', 'passaporte*', 'carteira de motorista', 'cnh', 'iban', 'numero da conta', 'numero do cartao', 'data de nascimento', 'numero de contribuinte'],
    },

    // A saúde é um dado pessoal sensível (RGPD art. 9, LGPD art. 11), seja qual for o motivo.
    { kind: 'personal-data', topic: 'health', phrases: ['doenca*', 'doente', 'baixa medica', 'de baixa', 'atestado medico', 'internado', 'internada', 'cirurgia', 'diagnostic*', 'depressao', 'ansiedade', 'cancro', 'cancer', 'quimio*', 'terapia', 'gravida', 'gravidez', 'deficiencia', 'cardiaco', 'tratamento medico'] },
    { kind: 'escalation', topic: 'repeated contact', phrases: ['ninguem responde', 'sem resposta', 'nenhuma resposta', 'continuo a espera', 'continuo esperando', 'esta ai alguem'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['incumprimento*', 'inadimplemento', 'sem autorizacao', 'sem consentimento', 'violacao', 'violando', 'anpd', 'cnpd', 'departamento juridico', 'notificacao judicial', 'marca registada', 'marca registrada', 'danos'] },
    { kind: 'escalation', topic: 'public complaint', phrases: ['portal da queixa'] },
    { kind: 'data-change', topic: 'data request', phrases: ['todos os meus dados', 'copia dos meus dados'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['jogo de papeis', 'sem filtros', 'revisao humana', 'aprovacao humana', 'sem aprovacao'] },
    { kind: 'data-change', topic: 'account access', phrases: ['iniciar sessao', 'nao consigo entrar', 'nao consigo fazer login', 'nao consigo aceder'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['judicia*', 'judicialmente'] },
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['apag*', 'exclu*', 'elimin*'] },
        { label: 'change', phrases: ['restaur*', 'recuper*'] },
      ],
      objects: [{ label: 'content', phrases: ['contatos', 'contactos', 'registro*', 'pasta', 'pastas', 'arquivo*', 'ficheiro*', 'mensage*', 'projeto*', 'fotos', 'conversa*', 'historico', 'caixa de entrada', 'caixa de correio', 'modelo*', 'ticket*', 'utilizador*'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      // Clitics and questions put words between verb and object: "mi dirección … ¿la pueden actualizar?"
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['apag*', 'exclu*', 'elimin*', 'encerr*', 'cancel*', 'desativ*', 'remov*'] },
        {
          label: 'change',
          phrases: ['alter*', 'mudar', 'mude', 'modific*', 'atualiz*', 'actualiz*', 'junt*', 'unir', 'unificar', 'fundir', 'mesclar', 'combinar', 'redefin*', 'resetar', 'desbloque*', 'transferir', 'transfir*', 'mover', 'corrigir', 'restaur*',
            // A detail given wrong is one to change, as the English list says.
            'errad*', 'incorret*', 'errone*', 'desatualizad*'],
        },
      ],
      objects: [
        { label: 'account', phrases: ['conta', 'contas', 'perfil', 'perfis', 'caixa de entrada', 'caixa de correio', 'espaco* de trabalho', 'workspace*', 'contrato*', 'assinatura*', 'cadastro*', 'registo*'] },
        { label: 'email address', phrases: ['endereco de e mail', 'e mail', 'email'] },
        { label: 'password', phrases: ['senha*', 'palavra passe', 'palavra chave', 'pin', 'dois fatores', 'autenticacao', '2fa'] },
        { label: 'address', phrases: ['endereco', 'enderecos', 'morada'] },
        { label: 'personal data', phrases: ['dados', 'dados pessoais', 'telefone', 'numero de telefone', 'telemovel', 'celular', 'nome', 'usuario', 'utilizador'] },
      ],
      topic: objectThenAction,
    },
    {
      kind: 'escalation',
      window: 3,
      actions: [{ label: 'hand-over', phrases: ['falar', 'fale', 'lig*', 'contat*', 'contact*', 'transfer*', 'passar'] }],
      objects: [{ label: 'human agent', phrases: ['pessoa', 'humano', 'alguem', 'atendente*', 'responsavel', 'supervisor*', 'gerente', 'chefe'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'instruction override', phrases: ['ignor*', 'esquec*', 'desconsider*'] }],
      objects: [{ label: 'instruction override', phrases: ['instruc*', 'regras', 'prompt*', 'diretrizes', 'orientacoes'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'prompt extraction', phrases: ['mostr*', 'revel*', 'diga', 'repit*', 'escrev*'] }],
      objects: [{ label: 'prompt extraction', phrases: ['prompt*', 'instrucoes do sistema', 'instrucoes iniciais', 'mensagem do sistema'] }],
      topic: objectOnly,
    },

    {
      kind: 'escalation',
      window: 4,
      actions: [{ label: 'repeated contact', phrases: ['segunda vez', 'terceira vez', 'quarta vez', 'quinta vez', 'enesima vez', 'varias vezes'] }],
      objects: [{ label: 'repeated contact', phrases: ['escrev*', 'escrito', 'e mail', 'email*', 'mensage*', 'contact*', 'contat*', 'pergunt*', 'reclam*', 'lig*'] }],
      topic: objectOnly,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['dar', 'deem', 'tirar', 'tirem', 'retir*', 'remov*', 'tornar', 'nomear'] }],
      objects: [{ label: 'role', phrases: ['admin*', 'administrador*', 'permiss*', 'direitos', 'proprietario*', 'dono', 'titular*'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['por engano', 'sem querer', 'por acidente'] }],
      // Past forms only: “posso apagar … sem querer” asks how, and is one edit from “apagado”.
      objects: [{ label: 'content', phrases: ['apag*', 'elimin*', 'exclu*', 'perdi'], notIn: ['apagar', 'eliminar', 'excluir'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'export', phrases: ['export*'] }],
      objects: [{ label: 'data', phrases: ['conversas', 'dados', 'contactos', 'contatos', 'tickets', 'historico', 'mensagens', 'anexos'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['esqueci*', 'esquec*', 'perdi', 'recuper*', 'transfer*'] }],
      objects: [{ label: 'account access', phrases: ['palavra passe', 'senha', 'credenciais', 'acesso'] }],
      topic: objectOnly,
    },
    {
      kind: 'financial',
      window: 3,
      actions: [{ label: 'lost revenue', phrases: ['perd*', 'lucros cessantes'] }],
      objects: [{ label: 'lost revenue', phrases: ['vendas', 'receita*', 'faturacao', 'faturamento', 'clientes', 'dinheiro'] }],
      topic: objectOnly,
    },
  ],
};
