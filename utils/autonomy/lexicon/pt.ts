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
    // Disowning what the account did: a sign-in or a change "that was not me".
    { kind: 'data-change', topic: 'account access', phrases: ['nao fui eu', 'nao era eu'] },
    // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
    { kind: 'data-change', topic: 'account access', phrases: ['dispositivo desconhecido', 'alerta de inicio de sessao', 'inicio de sessao a partir', 'alerta de login', 'novo login', 'codigos reserva', 'codigos de reserva', 'codigos de backup', 'codigos de recuperacao', 'link de redefinicao'] },
    // A member who left: their seat, logins and work go to someone else, which only the account owner may decide.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['saiu da empresa', 'ja nao trabalha', 'nao trabalha mais', 'deixou a empresa', 'ex socia', 'ex socio', 'antigo funcionario', 'antiga funcionaria', 'ex funcionario'] },
    // A move announced as news is an address change, whether or not the customer asks for one.
    { kind: 'data-change', topic: 'address change', phrases: ['mudamos de morada', 'mudamos de endereco', 'mudanca de morada', 'nova morada', 'novo endereco'] },
    // Leaving for a competitor or another provider: a customer about to be lost.
    { kind: 'escalation', topic: 'threat', phrases: ['concorrencia', 'concorrente*', 'trocar de fornecedor', 'mudar de fornecedor', 'outro fornecedor', 'pensar mudar', 'pensar em mudar', 'pensando em mudar'] },
    // Going public on a named platform or to their audience.
    { kind: 'escalation', topic: 'public complaint', phrases: ['no google', 'no linkedin', 'no instagram', 'no facebook', 'seguidores', 'reclame aqui'] },
    // Someone who decides, or the patience running out.
    { kind: 'escalation', topic: 'seniority', phrases: ['poder de decisao', 'coordenacao', 'alguem que decida', 'diretor geral', 'diretora geral', 'ceo', 'minha paciencia', 'ninguem se importa'] },
    // Being forgotten: the right to erasure in its own words.
    { kind: 'data-change', topic: 'data request', phrases: ['direito ao esquecimento', 'ser esquecido', 'ser esquecida', 'esquecam me', 'tudo o que tem sobre mim', 'qualquer rasto'] },
    // Complaints to the regulators and consumer bodies of each country, by name.
    { kind: 'escalation', topic: 'complaint to authorities', phrases: ['cnpd', 'anpd', 'procon', 'consumidor gov', 'subcontratante*', 'operador de dados'] },
    // Health, as in the lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['licenca de maternidade', 'licenca maternidade', 'diabet*', 'insulina', 'glicemia', 'enfarte', 'infarto'] },
    // A gesture for a failure, taken off the next period's fee: money said without a money word.
    { kind: 'financial', topic: 'credit', phrases: ['um gesto', 'proxima mensalidade', 'na mensalidade', 'proxima prestacao'] },
    // A member who left, called by their former role: their access and work go to someone else.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['ex colaborador*', 'ex funcionari*', 'ex estagiari*', 'ja nao colabora'] },
    // A customer who died: their account reached through a relative, which only a human may allow.
    { kind: 'data-change', topic: 'account access', phrases: ['faleceu', 'falecid*'] },
    // The old address given up: an address change announced, not asked.
    { kind: 'data-change', topic: 'address change', phrases: ['morada antiga', 'antiga morada', 'endereco antigo', 'antigo endereco', 'morada anterior'] },
    // Someone with the final say: a request to go above the agent.
    { kind: 'escalation', topic: 'seniority', phrases: ['a ultima palavra', 'capacidade de decisao'] },
    // Consumer media and the press by name.
    { kind: 'escalation', topic: 'public complaint', phrases: ['deco proteste', 'a deco', 'a comunicacao social'] },
    // What a company holds about the customer, asked in their own words: a data subject request.
    { kind: 'data-change', topic: 'data request', phrases: ['dados meus', 'tem sobre mim', 'tem de mim', 'dados sobre mim'] },
    // Gone from the company's servers: erasure, whatever the verb.
    { kind: 'data-change', topic: 'data request', phrases: ['dos vossos servidores', 'dos seus servidores', 'dos vossos sistemas'] },
    // Everything under one roof: a merge said as an idiom.
    { kind: 'data-change', topic: 'merging or moving accounts', phrases: ['sob o mesmo teto', 'tudo numa so', 'tudo num so', 'tudo numa unica'] },
    // Chronic conditions, as in the health lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['hernia discal', 'fibromialgia', 'dor cronica', 'artrite'] },
    // Whatever the model was told before, set aside: an instruction override without the word 'instructions'.
    { kind: 'prompt-injection', topic: 'instruction override', phrases: ['esquece tudo o que te disseram', 'esquece o que te disseram', 'o que te tenham dito', 'com que te configuraram'] },
    // Dictating the model's whole reply.
    { kind: 'prompt-injection', topic: 'instructions to the model', phrases: ['responde apenas com', 'responda apenas com', 'responde so com'] },
    // A game the model is asked to play: role play.
    { kind: 'prompt-injection', topic: 'role play', phrases: ['vamos jogar', 'finge que es', 'faz de conta que'] },
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['apag*', 'exclu*', 'elimin*', 'desapareceu', 'desapareceram', 'desaparecid*', 'sumiu'] },
        { label: 'change', phrases: ['restaur*', 'recuper*'] },
      ],
      objects: [{ label: 'content', phrases: ['contatos', 'contactos', 'registro*', 'pasta', 'pastas', 'arquivo*', 'ficheiro*', 'mensage*', 'projeto*', 'fotos', 'conversa*', 'historico', 'caixa de entrada', 'caixa de correio', 'modelo*', 'ticket*', 'utilizador*'], notIn: ['rascunho de mensagem', 'rascunhos de mensagem', 'rascunho de uma mensagem'] }],
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
    {
      // Making the customer or their data disappear from the records.
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'deletion', phrases: ['sumam', 'sumir', 'suma', 'desaparecer', 'desapareca', 'desaparecam'] }],
      objects: [{ label: 'data', phrases: ['cadastro', 'arquivos', 'ficheiros', 'sistemas', 'dados', 'conta', 'rasto', 'rastro', 'conversas', 'plataforma'] }],
      topic: objectThenAction,
    },
    {
      // Every customer record in a file: a bulk export of data.
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'export', phrases: ['csv', 'excel', 'ficheiro', 'arquivo', 'planilha', 'folha de calculo'] }],
      objects: [{ label: 'data', phrases: ['registos de clientes', 'registros de clientes', 'dados dos clientes', 'dados de clientes', 'fichas de clientes', 'historico'] }],
      topic: objectThenAction,
    },
    {
      // The bank asked to take a payment back.
      kind: 'financial',
      window: 4,
      actions: [{ label: 'chargeback', phrases: ['contest*', 'estorn*', 'devolv*', 'cancelar'] }],
      objects: [{ label: 'chargeback', phrases: ['banco', 'cartao', 'debito direto'] }],
      topic: objectOnly,
    },
    {
      // Someone else's account, a relative's, reached through the customer.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['conta', 'senha', 'palavra passe', 'login'] }],
      objects: [{ label: 'account access', phrases: ['mulher', 'marido', 'esposa', 'mae', 'pai', 'filho', 'filha', 'irma', 'irmao'] }],
      topic: objectOnly,
    },
    {
      // Asking for the instructions word for word: prompt extraction.
      kind: 'prompt-injection',
      window: 8,
      actions: [{ label: 'prompt extraction', phrases: ['palavra por palavra', 'literalmente', 'na integra'] }],
      objects: [{ label: 'prompt extraction', phrases: ['instrucoes', 'regras', 'prompt', 'acima'] }],
      topic: objectOnly,
    },
    {
      // Who may do what: a role someone is to get.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['passa a ser', 'fica'] }],
      objects: [{ label: 'role', phrases: ['administrador*', 'admin'] }],
      topic: objectThenAction,
    },
    {
      // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'account access', phrases: ['alguem'] }],
      objects: [{ label: 'account access', phrases: ['entrou na', 'acessou', 'fez login', 'iniciou sessao'] }],
      topic: objectOnly,
    },
    {
      // Two accounts or spaces made one: a merge said as "into one".
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'change', phrases: ['numa so', 'em uma so', 'numa unica', 'em uma unica', 'uma so'] }],
      objects: [{ label: 'merging or moving accounts', phrases: ['contas', 'espacos', 'espacos de trabalho', 'workspaces', 'equipas', 'equipes'] }],
      topic: objectOnly,
    },
    {
      // What was paid too much coming back: "the difference back on our card", whatever the money is called.
      kind: 'financial',
      window: 6,
      actions: [{ label: 'refund', phrases: ['de volta', 'devolv*', 'creditad*'] }],
      objects: [{ label: 'refund', phrases: ['diferenca'] }],
      topic: objectOnly,
    },
  ],
};
