import { words } from './lexicon';

/* Transparency: promises that can't be kept, vague non-answers, and what an honest "we're on it" sounds like. */

export const PROMISES = words([
  'immediately',
  'right away',
  'instantly',
  'guarantee(?:d)?',
  '100\\s?%',
  'never happen again',
  'will never',
  'in (?:a few|5|10|two|2) minutes',
  'asap',
  'straight away',
  'definitely (?:fixed|resolved)',
  'promise',
  'subito',
  'immediatamente',
  "all(?:’|')istante",
  'garantit[oa]',
  'garantiamo',
  'ti garantisco',
  'le garantisco',
  'non succederà più',
  'non capiterà più',
  'mai più',
  'in pochi minuti',
  'entro (?:pochi|5|10|cinque|dieci) minuti',
  'risolto subito',
  'promett\\w*',
  'sicuramente risolt\\w*',
]);

const UNIT =
  'ore|ora|hours?|hrs?|h|minuti|minutes?|mins?|giorni(?: lavorativi)?|(?:working |business )?days?|settimane?|weeks?|mesi|months?';
const DAY =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica';
const MONTH =
  'january|february|march|april|may|june|july|august|september|october|november|december|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';

/** A concrete promise: a time, an amount or a date stated as a fact; each alternative is one kind. Global. */
export const CONCRETE_PROMISE = new RegExp(
  `(?<![\\p{L}\\d])(?:${[
    `\\d+(?:[.,]\\d+)?(?:\\s*[-–]\\s*\\d+)?\\s*(?:${UNIT})`, // "24 ore", "3-5 working days", "2 days"
    `(?:entro|within|in|tra|fra)\\s+(?:un[ao]?|una|one|two|three|due|tre|a few|pochi|poche)\\s+(?:${UNIT})`,
    `(?:[01]?\\d|2[0-3])[:.][0-5]\\d`, // "13:00", "9.30"
    `(?:€|\\$|£)\\s?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s?(?:€|euro|eur|\\$|%|percent|per cento)`, // "€20", "10%"
    `\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?`, // "12/03"
    `\\d{1,2}\\s+(?:${MONTH})|(?:${MONTH})\\s+\\d{1,2}`, // "3 marzo", "March 3"
    `(?:by|entro|before|prima di|on|for)\\s+(?:${DAY})`, // "by Friday", "entro venerdì"
    `(?:tomorrow|today|tonight|domani|oggi(?: stesso)?|stasera|stanotte|end of (?:the )?(?:day|week))`,
  ].join('|')})(?![\\p{L}\\d])`,
  'giu',
);

/** Empty phrases that sound like an answer but say nothing. */
export const VAGUE = words([
  "we(?:’|')re looking into it",
  'we are looking into it',
  'please contact (?:us|customer service)',
  'contact customer service',
  'check our website',
  'see our website',
  'for more information',
  'we value your feedback',
  'your feedback is important',
  'thank you for reaching out',
  "contatta (?:il|l(?:’|'))(?:servizio clienti|assistenza)",
  "contatti (?:il|l(?:’|'))(?:servizio clienti|assistenza)",
  'visita il (?:nostro )?sito',
  'consulta il (?:nostro )?sito',
  'per maggiori informazioni',
  'stiamo verificando',
  'il tuo feedback è importante',
  'il suo feedback è importante',
  'grazie per averci contattato',
]);

/** "I'm checking and will answer by <time>": a legitimate answer when the facts aren't known yet. */
export const TAKEN_IN_CHARGE = words([
  "i(?:’|')m checking",
  "we(?:’|')re checking",
  'i am checking',
  'we are checking',
  'taken (?:it|your request) in charge',
  'verifico',
  'verifichiamo',
  'preso in carico',
]);
export const WHEN_BACK = words([
  'by (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|\\d)',
  'within',
  'today',
  'entro',
  'oggi',
  'domani',
  'every \\d+',
  'ogni \\d+',
]);

/** Specifics: a link, numbers (times, prices, days), steps, a named place in the interface. */
export const SPECIFIC =
  /https?:\/\/|www\.|\b\d+|[→>]|\b(?:step|first|then|tap|click|go to|choose|select|open|passo|prima|poi|tocca|clicca|vai su|vada su|scegli|scelga|seleziona|selezioni|apri|apra)\b|"[^"]+"|«[^»]+»/iu;
