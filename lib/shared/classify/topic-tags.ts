import type { Topic } from '../model/categories';
import { compilePhrases, matchPhrases, type PhraseIndex } from './phrase-matcher';
import type { Tokens } from './tokenize';

/** Topic tags used to rank reply templates; IT and EN stems, matched like critical topics. */
const list = (phrases: string): string[] => phrases.split('|');

const TOPIC_PHRASES: [Topic, string[]][] = [
  [
    'delivery',
    list(
      'consegn*|corrier*|pacco|pacchi|spedizion*|spedit*|tracking|rider|arrivat*|arriva|non arriva|delivery|' +
        'deliver*|courier|parcel|package|shipment|shipped|shipping|arrived|arrive|driver|dispatch*',
    ),
  ],
  [
    'billing',
    list(
      'bollett*|fattur*|addebit*|pagament*|pagat*|abbonament*|canone|costo|costi|prezzo|tariff*|bill|' +
        'billing|billed|invoice*|charge*|payment*|paid|subscription*|price*|fee|fees|overcharged',
    ),
  ],
  ['refund', list('rimbors*|reso|resi|restitu*|soldi indietro|refund*|money back|return*|chargeback')],
  [
    'account',
    list(
      'account|profilo|password|login|accesso|accedere|credenzial*|registrazion*|hackerat*|username|log in|' +
        'sign in|signin|locked out|hacked|verification|verify',
    ),
  ],
  [
    'product_defect',
    list(
      'rott*|difettos*|guast*|danneggiat*|non funziona|smette di funzionare|si rompe|si chiude|crash*|bug|' +
        'broken|defective|faulty|damaged|stopped working|doesn t work|not working|keeps crashing',
    ),
  ],
  [
    'availability',
    list(
      'disponibil*|esaurit*|in stock|sold out|restock|available|availability|out of stock|torna disponibile|' +
        'quando torna|back in stock|taglia|taglie|size',
    ),
  ],
  [
    'store_hours',
    list(
      'orari|orario|aperto|aperti|apertura|chiuso|chiusi|domenica|festivi|negozio|punto vendita|' +
        'opening hours|open on|open today|closing time|store hours|opening times|are you open|store|branch',
    ),
  ],
  [
    'shipping_abroad',
    list(
      'estero|all estero|spedite in|spedizione internazionale|svizzera|germania|francia|spagna|abroad|' +
        'international shipping|ship to|ship internationally|worldwide|overseas|customs|dogana',
    ),
  ],
  [
    'outage',
    list(
      'down|disservizio|blackout|offline|senza linea|senza internet|nessun segnale|outage|no signal|' +
        'no internet|no service|server*|non funziona niente|nothing works',
    ),
  ],
  [
    'safety',
    list(
      'intossicaz*|sicurezza|pericol*|incendio|fuoco|allergi*|ferit*|safety|unsafe|dangerous|fire|injur*|' +
        'poisoning|allergic|hazard*|vetro|glass|muffa|mold',
    ),
  ],
  [
    'privacy',
    list('privacy|dati personali|miei dati|gdpr|data breach|my data|personal data|leaked|personal information'),
  ],
];

let index: PhraseIndex | null = null;

/** Topics mentioned; 'generic' when a customer issue names none. */
export function detectTopics(t: Tokens, customerIssue: boolean): Topic[] {
  index ??= compilePhrases(TOPIC_PHRASES.map(([, phrases]) => phrases));
  const found: Topic[] = [];
  for (const m of matchPhrases(t, index, [])) {
    const topic = TOPIC_PHRASES[m.group][0];
    if (!found.includes(topic)) found.push(topic);
  }
  if (found.length === 0 && customerIssue) found.push('generic');
  return found;
}
