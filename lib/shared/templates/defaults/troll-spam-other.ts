import { defineDefault } from './define';

/** Trolls: don't feed them (one calm factual line at most). Spam: hide/report, never confused with criticism. */
export const trollDefaults = [
  defineDefault({
    id: 'troll-ignore',
    title: "Don't reply",
    category: 'troll',
    topics: ['generic'],
    action: 'dont_reply',
    why: {
      en: 'Provocation for its own sake feeds on replies. Leave it; never hide it just because it is negative.',
      it: 'La provocazione fine a se stessa vive di risposte. Lasciala stare; non nasconderla solo perché è negativa.',
    },
    en: 'No reply: this is provocation, not a customer problem. Leave it visible and move on.',
    tu: 'Nessuna risposta: è una provocazione, non un problema di un cliente. Lasciala visibile e passa oltre.',
    lei: 'Nessuna risposta: è una provocazione, non un problema di un cliente. Lasciarla visibile e passare oltre.',
  }),
  defineDefault({
    id: 'troll-one-fact',
    title: 'One calm factual line (misinformation)',
    category: 'troll',
    topics: ['generic', 'safety'],
    why: {
      en: 'When a false claim could mislead others, correct the fact once, calmly, and stop there.',
      it: 'Quando un’affermazione falsa può ingannare altri, correggi il fatto una volta, con calma, e fermati lì.',
    },
    en: 'Hi {first_name}, for accuracy: [the fact, with a link to the source]. {agent|}',
    tu: 'Ciao {first_name}, per correttezza: [il fatto, con il link alla fonte]. {agent|}',
    lei: 'Gentile {name}, per correttezza: [il fatto, con il link alla fonte]. {agent|}',
  }),
  defineDefault({
    id: 'troll-open-door',
    title: 'Calm line with an open door',
    category: 'troll',
    topics: ['generic'],
    why: {
      en: 'If there might be a real problem behind the provocation, offer a real channel once.',
      it: 'Se dietro la provocazione potrebbe esserci un problema vero, offri una volta un canale concreto.',
    },
    en: "Hi {first_name}, if something went wrong with an order, write to us in DM and we'll look into it. {agent|}",
    tu: 'Ciao {first_name}, se qualcosa è andato storto con un ordine, scrivici in privato e ci guardiamo. {agent|}',
    lei: 'Gentile {name}, se qualcosa è andato storto con un ordine, ci scriva in privato e verificheremo. {agent|}',
  }),
];

export const spamDefaults = [
  defineDefault({
    id: 'spam-hide-report',
    title: 'Hide and report (no reply)',
    category: 'spam',
    topics: ['generic'],
    action: 'hide_report',
    why: {
      en: 'Spam (ads, scams, bots) is not criticism: hide or report it under platform rules.',
      it: 'Lo spam (pubblicità, truffe, bot) non è una critica: si nasconde o si segnala secondo le regole della piattaforma.',
    },
    en: 'No reply: hide or report this under the platform rules. Only for spam, never for a negative comment.',
    tu: 'Nessuna risposta: nascondi o segnala secondo le regole della piattaforma. Solo per lo spam, mai per un commento negativo.',
    lei: 'Nessuna risposta: nascondere o segnalare secondo le regole della piattaforma. Solo per lo spam, mai per un commento negativo.',
  }),
  defineDefault({
    id: 'spam-scam-warning',
    title: 'Warn others about a scam or fake account',
    category: 'spam',
    topics: ['privacy', 'safety'],
    why: {
      en: 'When a fake account targets your customers, a short public warning protects them; then report it.',
      it: 'Quando un account falso prende di mira i clienti, un breve avviso pubblico li protegge; poi si segnala.',
    },
    en: 'Heads up: this is not an official {brand|brand} account. We never ask for payments or passwords in messages. Please don’t click the link; we’ve reported it. {agent|}',
    tu: 'Attenzione: questo non è un account ufficiale {brand|del brand}. Non chiediamo mai pagamenti o password via messaggio. Non cliccare il link: lo abbiamo segnalato. {agent|}',
    lei: 'Attenzione: questo non è un account ufficiale {brand|del brand}. Non chiediamo mai pagamenti o password via messaggio. La invitiamo a non cliccare il link: lo abbiamo segnalato. {agent|}',
  }),
  defineDefault({
    id: 'spam-fake-giveaway',
    title: 'Fake giveaway in the comments',
    category: 'spam',
    topics: ['generic'],
    why: {
      en: 'Protects customers from a common scam with a clear, factual line.',
      it: 'Protegge i clienti da una truffa comune con una riga chiara e fattuale.',
    },
    en: 'This giveaway is not ours. Our real contests are only announced on our official pages. We’ve reported this comment. {agent|}',
    tu: 'Questo concorso non è nostro. I nostri concorsi veri li annunciamo solo sulle pagine ufficiali. Abbiamo segnalato il commento. {agent|}',
    lei: 'Questo concorso non è nostro. I nostri concorsi autentici sono annunciati solo sulle pagine ufficiali. Abbiamo segnalato il commento. {agent|}',
  }),
];

export const otherDefaults = [
  defineDefault({
    id: 'other-handoff',
    title: 'Handed to another department',
    category: 'other',
    topics: ['generic', 'billing', 'account'],
    why: {
      en: 'Escalation must be clear: who has it, and who comes back to the customer.',
      it: 'L’escalation deve essere chiara: chi se ne occupa e chi torna dal cliente.',
    },
    en: "Hi {first_name}, I've passed your message to our {department} team. They'll give me an answer and I'll come back to you here. {agent|}",
    tu: 'Ciao {first_name}, ho girato il tuo messaggio al team {department}. Appena mi rispondono ti riscrivo qui. {agent|}',
    lei: 'Gentile {name}, ho inoltrato il Suo messaggio al team {department}. Appena mi rispondono Le riscrivo qui. {agent|}',
  }),
  defineDefault({
    id: 'other-mention-thanks',
    title: 'Brand mentioned in passing',
    category: 'other',
    topics: ['generic'],
    why: {
      en: 'A light, personal touch on a mention builds relationship without being pushy.',
      it: 'Un tocco leggero e personale su una menzione crea relazione senza essere invadenti.',
    },
    en: 'Thanks for mentioning us, {first_name}! If you ever need anything, we’re here. {agent|}',
    tu: 'Grazie per averci citato, {first_name}! Se ti serve qualcosa, siamo qui. {agent|}',
    lei: 'Grazie per averci citato, {name}! Se Le serve qualcosa, siamo a disposizione. {agent|}',
  }),
  defineDefault({
    id: 'other-clarify',
    title: 'Ask what they need',
    category: 'other',
    topics: ['generic'],
    why: {
      en: 'When the comment is unclear, one friendly question beats a guess.',
      it: 'Quando il commento non è chiaro, una domanda gentile è meglio di un’ipotesi.',
    },
    en: 'Hi {first_name}, thanks for writing to us. Can you tell us a bit more about what you need? We’ll help you from there. {agent|}',
    tu: 'Ciao {first_name}, grazie per averci scritto. Ci dici qualcosa in più su cosa ti serve? Da lì ti aiutiamo. {agent|}',
    lei: 'Gentile {name}, grazie per averci scritto. Può dirci qualcosa in più su cosa Le serve? Da lì La aiutiamo. {agent|}',
  }),
];
