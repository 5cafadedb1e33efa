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
