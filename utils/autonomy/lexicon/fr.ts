import { PROFILE_PICTURES } from '../sensitivity/sensitivity-rules';
import { objectOnly, objectThenAction, type Lexicon } from './lexicon';

/** French. Elisions split into words ("l'avocat" → "l", "avocat"); accents fold away. */
export const fr: Lexicon = {
  language: 'fr',
  name: 'French',
  functionWords: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'est', 'je', 'vous', 'nous', 'il', 'elle', 'mon', 'ma', 'mes',
    'votre', 'vos', 'pour', 'pas', 'ne', 'que', 'qui', 'dans', 'sur', 'avec', 'au', 'aux', 'ce', 'cette', 'ai', 'avez',
    'merci', 'bonjour', 'pourquoi', 'comment', 'ou', 'quand', 'mais', 'aussi', 'tres', 'deja', 'moi', 'suis', 'sont',
    'peut', 'peux', 'tout', 'plus', 'notre', 'nos', 'leur', 'sans', 'chez', 'depuis', 'encore', 'fait', 'etre', 'se', 'on',
  ],
  phrases: [
    { kind: 'escalation', topic: 'manager', phrases: ['a la direction', 'au dessus de vous'] },
    { kind: 'prompt-injection', topic: 'review bypass', phrases: ['message systeme', 'message du systeme', 'instruction systeme', 'sans validation humaine', 'sans relecture humaine', 'sans verification humaine', 'mode administrateur'] },
    {
      kind: 'financial',
      topic: 'refund',
      phrases: ['rembours*', 'faire un avoir', 'emettre un avoir', 'un avoir de', 'd un avoir', 'cet avoir', 'un geste', 'gratuit*', 'quelque chose en retour', 'bon d achat', 'geste commercial', 'dedommag*', 'indemnis*', 'indemnit*', 'compensation*', 'argent', 'credit*'],
    },
    {
      kind: 'financial',
      topic: 'payment',
      phrases: ['paiement*', 'payer', 'paye', 'payee', 'prelev*', 'virement*', 'carte bancaire', 'carte de credit', 'montant*', 'cout', 'coute', 'couts', 'tarif*', 'prix', 'euros', 'debite', 'debitee', 'debites', 'abonnement*', 'reduction*', 'remise*', 'code promo'],
    },
    { kind: 'escalation', topic: 'manager', phrases: ['responsable*', 'superieur*', 'directeur*', 'directrice*', 'un humain', 'vrai conseiller'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['tu es maintenant', 'vous etes maintenant', 'desormais tu es', 'a partir de maintenant tu', 'sans aucune restriction', 'sans restriction*'] },
    {
      kind: 'escalation',
      topic: 'legal action',
      // A typeface, not the police: "la police de mon modèle".
      notIn: ['police de caractere*', 'police d ecriture', 'la police de mon', 'la police du', 'la police des', 'taille de police', 'changer la police'],
      phrases: ['avocat*', 'plainte*', 'tribunal*', 'justice', 'poursuite*', 'poursuivre', 'juridique*', 'mise en demeure', 'huissier*', 'cnil', 'rgpd', 'association de consommateurs', 'ufc', 'fraude*', 'arnaque*', 'escroquerie*', 'police'],
    },
    { kind: 'escalation', topic: 'public complaint', phrases: ['avis negatif*', 'mauvais avis', 'site d avis', 'sites d avis', 'reseaux sociaux', 'presse', 'journaliste*', 'publiquement', 'trustpilot', 'tous les sites', 'au dessus de vous'] },
    { kind: 'escalation', topic: 'threat', phrases: ['sinon je', 'vous allez le regretter', 'menace*', 'consequences'] },
    { kind: 'data-change', topic: 'account access', phrases: ['pirate', 'piratee', 'compte bloque*', 'code de verification', 'double authentification', 'acces au compte', 'me connecter', 'plus acces', 'perdu l acces', 'acces a mon compte'] },
    {
      kind: 'personal-data',
      topic: 'identity document',
      phrases: ['carte d identite', 'passeport*', 'numero de securite sociale', 'securite sociale', 'permis de conduire', 'numero fiscal', 'iban', 'rib', 'numero de carte', 'date de naissance', 'cryptogramme'],
    },

    // La santé est une donnée personnelle sensible (RGPD art. 9), quelle que soit la raison donnée.
    { kind: 'personal-data', topic: 'health', phrases: ['maladie*', 'malade', 'arret maladie', 'arret de travail', 'hospitalis*', 'hopital', 'clinique', 'chirurgi*', 'opere', 'operee', 'diagnostic*', 'depression', 'burn out', 'burnout', 'cancer', 'chimio*', 'therapie', 'grossesse', 'handicap*', 'convalescence'] },
    { kind: 'escalation', topic: 'repeated contact', phrases: ['aucune reponse', 'toujours rien', 'toujours pas de reponse', 'personne ne repond', 'sans reponse', 'sans nouvelles', 'relance*', 'il y a quelqu un'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['contrefacon', 'sans autorisation', 'sans notre autorisation', 'sans notre accord', 'violation', 'manquement*', 'abusive*', 'juriste*', 'action en justice', 'dommages et interets', 'prejudice'] },
    { kind: 'data-change', topic: 'data request', phrases: ['toutes mes donnees', 'l ensemble de mes donnees', 'copie de mes donnees'] },
    { kind: 'data-change', topic: 'account access', phrases: ['mot de passe oublie', 'oublie mon mot de passe', 'recuper* la main', 'reprendre la main'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['jeu de role', 'jeu de roles', 'sans filtre*', 'validation humaine', 'relecture humaine', 'controle humain'] },
    { kind: 'data-change', topic: 'account access', phrases: ['impossible de me connecter', 'n arrive pas a me connecter', 'n arrive plus a me connecter'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['judiciaire*', 'poursuites'] },
    // Disowning what the account did: a sign-in or a change "that was not me".
    { kind: 'data-change', topic: 'account access', phrases: ['c etait pas moi', 'ce n etait pas moi'] },
    // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
    { kind: 'data-change', topic: 'account access', phrases: ['appareil inconnu', 'nouvelle connexion', 'connexion depuis', 'connexion inhabituelle', 'codes de secours', 'code de secours', 'lien de reinitialisation'] },
    // A member who left: their seat, logins and work go to someone else, which only the account owner may decide.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['n est plus chez nous', 'ne fait plus partie', 'a quitte l entreprise', 'a quitte la societe', 'ancien salarie', 'ancienne salariee', 'ancien administrateur', 'ex associe', 'ex associee'] },
    // A move announced as news is an address change, whether or not the customer asks for one.
    { kind: 'data-change', topic: 'address change', phrases: ['demenag*', 'nouvelle adresse', 'nouvelle adresse de livraison', 'nos nouveaux locaux'] },
    // Leaving for a competitor or another provider: a customer about to be lost.
    { kind: 'escalation', topic: 'threat', phrases: ['concurrent', 'concurrents', 'concurrence', 'changer de prestataire', 'changer de fournisseur', 'aller voir ailleurs', 'on s en va'] },
    // Going public on a named platform or to their audience.
    { kind: 'escalation', topic: 'public complaint', phrases: ['avis sur google', 'avis google', 'abonnes', 'linkedin', 'twitter', 'facebook'] },
    // Someone who decides, or the patience running out.
    { kind: 'escalation', topic: 'seniority', phrases: ['quelqu un qui tranche', 'quelqu un qui decide', 'pouvoir de decision', 'pdg', 'directeur general', 'direction generale', 'ma patience', 'vous reecrire', 'vous relancer'] },
    // Being forgotten: the right to erasure in its own words.
    { kind: 'data-change', topic: 'data request', phrases: ['droit a l oubli', 'droit a l effacement', 'oubliez moi', 'tout ce qui me concerne', 'plus aucune trace', 'toute trace'] },
    // Complaints to the regulators and consumer bodies of each country, by name.
    { kind: 'escalation', topic: 'complaint to authorities', phrases: ['dgccrf', 'signalconso', 'cnil', 'ufc que choisir', 'mediateur', 'sous traitant*', 'requisition*'] },
    // Health, as in the lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['conge maternite', 'conge de maternite', 'en maternite', 'diabet*', 'suis enceinte', 'est enceinte', 'etant enceinte', 'insuline', 'infarctus'] },
    // Personal numbers called by their everyday names.
    { kind: 'personal-data', topic: 'identity document', phrases: ['numero de secu', 'numero de securite sociale', 'carte vitale'] },
    // A gesture in money for a failure.
    { kind: 'financial', topic: 'credit', phrases: ['un geste', 'petit geste', 'geste commercial', 'dedommag*'] },
    // Going public on a named platform or to their audience.
    { kind: 'escalation', topic: 'public complaint', phrases: ['laisser un avis', 'laisse un avis', 'laisserai un avis'] },
    // A gesture for a failure, taken off the next period's fee: money said without a money word.
    { kind: 'financial', topic: 'credit', phrases: ['prochaine mensualite', 'prochaine echeance', 'prochain prelevement', 'prochaine facturation'] },
    // A member who left, called by their former role: their access and work go to someone else.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['ancien collaborateur', 'ancienne collaboratrice', 'ex collaborat*', 'ex salarie*', 'ancien stagiaire', 'ancienne stagiaire', 'ne collabore plus', 'ne travaille plus chez nous'] },
    // A customer who died: their account reached through a relative, which only a human may allow.
    { kind: 'data-change', topic: 'account access', phrases: ['decede', 'decedee', 'deces'] },
    // The old address given up: an address change announced, not asked.
    { kind: 'data-change', topic: 'address change', phrases: ['ancienne adresse', 'adresse precedente', 'desormais au', 'desormais situes', 'desormais installes'] },
    // Someone with the final say: a request to go above the agent.
    { kind: 'escalation', topic: 'seniority', phrases: ['pouvoir de trancher', 'le dernier mot', 'votre direction', 'direction commerciale'] },
    // Consumer media and the press by name.
    { kind: 'escalation', topic: 'public complaint', phrases: ['60 millions', 'que choisir', 'envoye special', 'capital sur m6'] },
    // What a company holds about the customer, asked in their own words: a data subject request.
    { kind: 'data-change', topic: 'data request', phrases: ['vous avez sur moi', 'vous detenez sur moi', 'donnees sur moi', 'informations sur moi', 'donnees me concernant'] },
    // Gone from the company's servers: erasure, whatever the verb.
    { kind: 'data-change', topic: 'data request', phrases: ['de vos serveurs', 'de vos systemes'] },
    // Everything under one roof: a merge said as an idiom.
    { kind: 'data-change', topic: 'merging or moving accounts', phrases: ['sous un seul toit', 'sous le meme toit', 'tout regrouper', 'tout soit regroupe'] },
    // Chronic conditions, as in the health lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['hernie discale', 'fibromyalgie', 'douleurs chroniques', 'arthrite'] },
    // Whatever the model was told before, set aside: an instruction override without the word 'instructions'.
    { kind: 'prompt-injection', topic: 'instruction override', phrases: ['oublie ce qu on t a dit', 'oublie tout ce qu on t a dit', 'quoi qu on t ait dit', 'on t a donne au tout debut', 'au tout debut de la conversation'] },
    // Dictating the model's whole reply.
    { kind: 'prompt-injection', topic: 'instructions to the model', phrases: ['reponds uniquement', 'reponds seulement', 'reponds juste par'] },
    // A game the model is asked to play: role play.
    { kind: 'prompt-injection', topic: 'role play', phrases: ['on va jouer', 'jouons a un jeu', 'fais semblant', 'aucune consigne'] },
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['supprim*', 'effac*', 'disparu', 'disparus', 'disparue', 'disparues'] },
        { label: 'change', phrases: ['restaur*', 'recuper*', 'remett*', 'retabl*'] },
      ],
      objects: [{ label: 'content', phrases: ['contacts', 'dossier', 'dossiers', 'fichier*', 'message*', 'projet*', 'photos', 'conversation*', 'historique', 'enregistrement*', 'boite*', 'modele*', 'ticket*', 'utilisateur*'], notIn: ['brouillon de message', 'brouillons de message', 'brouillon de messages'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      // Clitics and questions put words between verb and object: "mi dirección … ¿la pueden actualizar?"
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['supprim*', 'effac*', 'fermer', 'fermeture', 'cloturer', 'cloture*', 'desactiv*', 'resili*', 'retir*'] },
        {
          label: 'change',
          phrases: ['modifi*', 'chang*', 'mettre a jour', 'mise a jour', 'fusionn*', 'fusion', 'regroup*', 'combiner', 'reinitialis*', 'debloqu*', 'transfer*', 'deplac*', 'corrig*', 'renomm*', 'restaur*',
            // A detail given wrong is one to change, as the English list says.
            'faux', 'fausse', 'errone*', 'incorrect*', 'obsolete*'],
        },
      ],
      objects: [
        { label: 'account', phrases: ['compte*', 'profil*', 'boite*', 'espace*', 'espaces de travail', 'workspace*', 'contrat*', 'abonnement*'], notIn: PROFILE_PICTURES },
        { label: 'email address', phrases: ['adresse e mail', 'adresse email', 'adresse mail', 'e mail', 'email', 'courriel*'] },
        { label: 'password', phrases: ['mot de passe', 'mots de passe', 'code pin', 'double authentification', '2fa'] },
        { label: 'address', phrases: ['adresse', 'adresses'] },
        { label: 'personal data', phrases: ['donnees', 'donnees personnelles', 'informations personnelles', 'numero de telephone', 'telephone', 'nom', 'identifiant*', 'coordonnees bancaires'] },
      ],
      topic: objectThenAction,
    },
    {
      kind: 'escalation',
      window: 3,
      actions: [{ label: 'hand-over', phrases: ['parler', 'parle', 'appel*', 'rappel*', 'contact*', 'joindre', 'passez moi', 'transfer*'] }],
      objects: [{ label: 'human agent', phrases: ['humain', 'personne', 'quelqu un', 'responsable*', 'superieur*', 'manager*', 'chef', 'conseiller*'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'instruction override', phrases: ['ignor*', 'oubli*', 'contourn*', 'outrepass*'] }],
      objects: [{ label: 'instruction override', phrases: ['instruction*', 'consigne*', 'regles', 'prompt*', 'directives'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'prompt extraction', phrases: ['montre*', 'affich*', 'revel*', 'donne*', 'repete*'] }],
      objects: [{ label: 'prompt extraction', phrases: ['prompt*', 'instructions systeme', 'consignes systeme', 'instructions initiales'] }],
      topic: objectOnly,
    },

    {
      kind: 'escalation',
      window: 4,
      actions: [{ label: 'repeated contact', phrases: ['deuxieme fois', 'troisieme fois', 'quatrieme fois', 'cinquieme fois', 'enieme fois', 'plusieurs fois'] }],
      objects: [{ label: 'repeated contact', phrases: ['ecri*', 'relanc*', 'mail*', 'message*', 'contact*', 'demand*', 'appel*'] }],
      topic: objectOnly,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['donner', 'donnez', 'retirer', 'retirez', 'enlever', 'enlevez', 'nommer', 'nommez', 'passez', 'passer'] }],
      objects: [{ label: 'role', phrases: ['admin*', 'administrateur*', 'droits', 'permission*', 'role', 'proprietaire*', 'titulaire*'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['par erreur', 'par megarde', 'accidentellement', 'sans faire expres'] }],
      // Past forms only: “peut-on supprimer … par erreur” asks how, and is one edit from “supprimé”.
      objects: [{ label: 'content', phrases: ['supprim*', 'effac*', 'perdu', 'perdus'], notIn: ['supprimer', 'effacer'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'export', phrases: ['export*'] }],
      objects: [{ label: 'data', phrases: ['conversations', 'donnees', 'contacts', 'tickets', 'historique', 'messages'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['perdu', 'personne n a', 'oublie*', 'transfer*', 'recuper*'] }],
      objects: [{ label: 'account access', phrases: ['identifiant*', 'acces'] }],
      topic: objectOnly,
    },
    {
      kind: 'financial',
      window: 3,
      actions: [{ label: 'lost revenue', phrases: ['perdu', 'perdue', 'perdus', 'perte*', 'manque'] }],
      objects: [{ label: 'lost revenue', phrases: ['ventes', 'chiffre d affaires', 'revenus', 'clients', 'argent', 'a gagner'] }],
      topic: objectOnly,
    },
    {
      // Making the customer or their data disappear from the records.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'deletion', phrases: ['disparaitre', 'disparaisse', 'disparaissent'] }],
      objects: [{ label: 'data', phrases: ['fichiers', 'bases', 'base de donnees', 'systemes', 'donnees', 'compte', 'trace'] }],
      topic: objectThenAction,
    },
    {
      // Every customer record in a file: a bulk export of data.
      kind: 'data-change',
      window: 10,
      actions: [{ label: 'export', phrases: ['csv', 'excel', 'fichier', 'tableur'] }],
      objects: [{ label: 'data', phrases: ['fiches clients', 'fichier client*', 'donnees clients', 'tous nos contacts', 'historique'] }],
      topic: objectThenAction,
    },
    {
      // The bank asked to take a payment back.
      kind: 'financial',
      window: 4,
      actions: [{ label: 'chargeback', phrases: ['opposition', 'contest*', 'rejet*', 'rejete', 'rembourse*'] }],
      objects: [{ label: 'chargeback', phrases: ['banque', 'prelevement*'] }],
      topic: objectOnly,
    },
    {
      // Someone else's account, a relative's, reached through the customer.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['compte', 'mot de passe', 'identifiant*'] }],
      objects: [{ label: 'account access', phrases: ['femme', 'mari', 'mere', 'pere', 'fils', 'fille', 'soeur', 'frere'] }],
      topic: objectOnly,
    },
    {
      // Asking for the instructions word for word: prompt extraction.
      kind: 'prompt-injection',
      window: 8,
      actions: [{ label: 'prompt extraction', phrases: ['mot pour mot', 'mot a mot', 'textuellement', 'recopie*'] }],
      objects: [{ label: 'prompt extraction', phrases: ['consignes', 'instructions', 'au dessus', 'regles', 'prompt'] }],
      topic: objectOnly,
    },
    {
      // A member who left: their seat, logins and work go to someone else, which only the account owner may decide.
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['retirer', 'retirez', 'basculer', 'transferer', 'passer'] }],
      objects: [{ label: 'account access', phrases: ['acces', 'dossiers', 'clients', 'licence*', 'siege*'] }],
      topic: objectOnly,
    },
    {
      // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'account access', phrases: ['quelqu un'] }],
      objects: [{ label: 'account access', phrases: ['connecte', 'connectee'] }],
      topic: objectOnly,
    },
    {
      // Two accounts or spaces made one: a merge said as "into one".
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'change', phrases: ['en un seul', 'en une seule', 'qu un seul', 'qu une seule', 'un seul compte', 'un seul espace'] }],
      objects: [{ label: 'merging or moving accounts', phrases: ['comptes', 'espaces', 'espaces de travail', 'workspaces', 'equipes'] }],
      topic: objectOnly,
    },
    {
      // What was paid too much coming back: "the difference back on our card", whatever the money is called.
      kind: 'financial',
      window: 6,
      actions: [{ label: 'refund', phrases: ['retour', 'rendu', 'rendue', 'rendre', 'restitu*', 'recredit*'] }],
      objects: [{ label: 'refund', phrases: ['difference'] }],
      topic: objectOnly,
    },
  ],
};
