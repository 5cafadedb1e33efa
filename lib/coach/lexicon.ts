/*
 * Phrase lists for the coach, English and Italian, matched on the lower-cased draft. Short and readable on
 * purpose: a trainee should be able to see why a finding fired.
 */

const words = (list: string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${list.join('|')})(?=$|[^\\p{L}])`, 'iu');

export const EMPATHY = words([
  'sorry', 'apologi[sz]e', 'apologies', 'we understand', 'i understand', 'understandabl[ey]', 'frustrat\\w*', 'that’s not ok', "that's not ok", 'not the (?:experience|quality|welcome)', 'you(?:’|\')re right', 'we hear you', 'thanks? (?:you )?for your patience', 'thank you for (?:telling|letting)',
  'mi dispiace', 'ci dispiace', 'dispiaciut[oi]', 'scus[aie]\\w*', 'capisco', 'capiamo', 'comprendo', 'comprendiamo', 'hai ragione', 'ha ragione', 'grazie per la pazienza', 'grazie per l(?:’|\')attesa', 'grazie per (?:la segnalazione|avercelo)', 'non è (?:la qualità|l’accoglienza|quello)',
]);

export const BLAME = words([
  'your fault', 'you should have', 'you should(?:’|\')ve', 'you didn(?:’|\')t read', 'as we (?:already )?(?:said|explained)', 'if you had', 'you must have', 'user error', 'not our fault', 'not our problem', 'read the (?:terms|instructions|faq)', 'clearly stated',
  'colpa (?:tua|sua|vostra)', 'avresti dovuto', 'avrebbe dovuto', 'dovevi', 'doveva leggere', 'come (?:già )?(?:detto|spiegato|scritto)', 'se avesse letto', 'se avessi letto', 'non è colpa nostra', 'non è un nostro problema', 'era scritto',
]);

/** A concrete next step: an action with a subject, a private channel, a link, or a time. */
export const NEXT_STEP = words([
  'dm', 'direct message', 'private(?:ly)?', 'message us', 'write to us', 'send us', 'call', 'email', 'we(?:’|\')ll', 'we will', 'i(?:’|\')ll', 'i will', 'we(?:’|\')ve (?:sent|written|passed|arranged)', 'today', 'tomorrow', 'within', 'by (?:monday|tuesday|wednesday|thursday|friday|tonight)', 'replacement', 'refund', 'step',
  'in privato', 'privat[oa]', 'scrivici', 'ci scriva', 'mandaci', 'ci mandi', 'ci invii', 'chiam\\w+', 'email', 'verifich\\w*', 'controll\\w*', 'ti (?:riscrivo|aggiorn\\w+|scriviamo|chiamiamo)', 'le (?:riscriv\\w+|scriviamo)', 'la (?:aggiorn\\w+|chiamer\\w+)', 'oggi', 'domani', 'entro', 'sostituzione', 'rimborso', 'organizziamo', 'ho (?:girato|inoltrato|preso in carico)', 'abbiamo (?:scritto|girato|inoltrato|preso in carico)', 'ce ne occupiamo', 'ci occupiamo',
]);

export const PRIVATE_CHANNEL = words([
  'dm', 'dms', 'direct message', 'private message', 'privately', 'in private', 'inbox', 'messenger', 'by email', 'via email', 'email us', 'call us',
  'in privato', 'messaggio privato', 'messaggio diretto', 'in direct', 'in dm', 'via email', 'per email', 'chiamarci', 'chiamaci', 'ci chiami',
]);

/** Asking for personal data: "send/tell/write ... order number/email/phone/IBAN/address". */
export const PERSONAL_DATA_REQUEST = words([
  'order (?:number|no\\.?|#|id)', 'e-?mail address', 'your e-?mail', 'phone(?: number)?', 'mobile number', 'iban', 'card (?:number|details)', 'home address', 'your address', 'tax code', 'password', 'date of birth',
  'numero (?:d(?:’|\')ordine|dell(?:’|\')ordine|ordine)', 'n\\. ordine', 'la tua e-?mail', 'la sua e-?mail', 'indirizzo e-?mail', '(?:numero di )?telefono', 'cellulare', 'iban', 'dati della carta', 'numero della carta', 'indirizzo di casa', 'il tuo indirizzo', 'il suo indirizzo', 'codice fiscale', 'password', 'data di nascita',
]);

/** Warnings that explicitly tell the customer NOT to share data ("never card details") are fine. */
export const DATA_WARNING = words(['never (?:card|your|share|post)', '(?:we )?(?:will )?never ask', 'non (?:chiediamo|chiederemo|chiediamo) mai', 'don(?:’|\')t (?:post|share|write)', 'mai (?:i dati|la password|il numero)', 'non (?:lasciare|lasci|scrivere|scriva|condividere|condivida)']);

export const SARCASM = words([
  'yeah right', 'sure,? because', 'as if', 'obviously you', 'clearly you', 'good luck with that', 'congratulations on', 'wow,? just wow', 'thanks for nothing', 'nice try', 'if you say so', 'whatever',
  'certo,? come no', 'ovviamente (?:tu|lei|hai|ha)', 'complimenti per', 'ma dai', 'sì,? vabbè', 'vabbè', 'buona fortuna', 'se lo dici tu', 'se lo dice lei', 'bella domanda,? eh', 'ma certo', 'grazie tante',
]);
export const SARCASM_MARKS = /🙄|😏|🙃|😒|\/s\b|!{3,}|\?!|!\?|"[^"]{1,20}"\s*(?:service|servizio|problem|problema)/u;

export const JOKES = words(['haha\\w*', 'ahah\\w*', 'lol', 'lmao', 'rofl', 'jk', 'just kidding', 'scherzo', 'scherziamo', 'sto scherzando', 'battuta', 'xd']);
export const JOKE_EMOJI = /😂|🤣|😜|😝|😆|😅/u;

/** Said once a problem is over; emoji are fine from then on. */
export const SOLVED = words(['resolved', 'solved', 'fixed', 'sorted', 'all set', 'back (?:up|online|to normal)', 'risolt[oa]', 'sistemat[oa]', 'tutto a posto', 'di nuovo (?:attivo|online|funzionante)', 'è tornato', 'rimborsato', 'consegnato']);

export const PROMISES = words([
  'immediately', 'right away', 'instantly', 'guarantee(?:d)?', '100\\s?%', 'never happen again', 'will never', 'in (?:a few|5|10|two|2) minutes', 'asap', 'straight away', 'definitely (?:fixed|resolved)', 'promise',
  'subito', 'immediatamente', 'all(?:’|\')istante', 'garantit[oa]', 'garantiamo', 'ti garantisco', 'le garantisco', 'non succederà più', 'non capiterà più', 'mai più', 'in pochi minuti', 'entro (?:pochi|5|10|cinque|dieci) minuti', 'risolto subito', 'promett\\w*', 'sicuramente risolt\\w*',
]);

/** Empty phrases that sound like an answer but say nothing. */
export const VAGUE = words([
  'we(?:’|\')re looking into it', 'we are looking into it', 'please contact (?:us|customer service)', 'contact customer service', 'check our website', 'see our website', 'for more information', 'we value your feedback', 'your feedback is important', 'thank you for reaching out',
  'contatta (?:il|l(?:’|\'))(?:servizio clienti|assistenza)', 'contatti (?:il|l(?:’|\'))(?:servizio clienti|assistenza)', 'visita il (?:nostro )?sito', 'consulta il (?:nostro )?sito', 'per maggiori informazioni', 'stiamo verificando', 'il tuo feedback è importante', 'il suo feedback è importante', 'grazie per averci contattato',
]);

/** "I'm checking and will answer by <time>": a legitimate answer when the facts aren't known yet. */
export const TAKEN_IN_CHARGE = words(['i(?:’|\')m checking', 'we(?:’|\')re checking', 'i am checking', 'we are checking', 'taken (?:it|your request) in charge', 'verifico', 'verifichiamo', 'preso in carico']);
export const WHEN_BACK = words(['by (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|\\d)', 'within', 'today', 'entro', 'oggi', 'domani', 'every \\d+', 'ogni \\d+']);

/** Specifics: a link, numbers (times, prices, days), steps, a named place in the interface. */
export const SPECIFIC = /https?:\/\/|www\.|\b\d+|[→>]|\b(?:step|first|then|tap|click|go to|choose|select|open|passo|prima|poi|tocca|clicca|vai su|vada su|scegli|scelga|seleziona|selezioni|apri|apra)\b|"[^"]+"|«[^»]+»/iu;

export const THANKS = words(['thanks', 'thank you', 'thx', 'grazie', 'ti ringrazio', 'la ringrazio', 'vi ringraziamo', 'ringraziarti', 'ringraziarla']);

export const REWARD = words(['discount', 'code', 'gift', 'voucher', 'coupon', 'priority', 'feature', 'share', 'review', 'tag us', 'pass (?:it|your) on', 'sconto', 'codice', 'regalo', 'buono', 'priorità', 'condividi', 'condivida', 'ripubblic\\w+', 'recensione', 'tagga', 'tagghi', 'giriamo', 'team']);

export const EMOJI = /\p{Extended_Pictographic}/u;
