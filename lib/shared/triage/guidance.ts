import type { Category } from '@/lib/shared/model/categories';
import type { UiLanguage } from '@/lib/shared/i18n/translate';

export interface GuidanceCard {
  expects: string;
  doThis: string[];
  avoid: string[];
}

// From ../shared/design/care-guidelines.md ("The three kinds of content, plus trolls and spam").
const CARDS: Record<UiLanguage, Record<Category, GuidanceCard>> = {
  en: {
    complaint: {
      expects: 'To be understood.',
      doThis: [
        'Empathy first, by name.',
        'Check the facts; if they are right, say so publicly.',
        'Move order numbers, emails and phone numbers to a private channel, then come back publicly once solved.',
        'Give a realistic next step and time.',
      ],
      avoid: [
        'Promises you can’t keep',
        'Blaming the customer',
        'Jokes, sarcasm, emoji',
        'Hiding or deleting the comment',
      ],
    },
    praise: {
      expects: 'To be recognised.',
      doThis: ['Thank them publicly and by name.', 'Consider a reward: visibility, a discount, a priority channel.'],
      avoid: ['A generic “thanks” with no name'],
    },
    question: {
      expects: 'Precise information (often a prospect).',
      doThis: [
        'Answer completely, step by step, with links.',
        'If you don’t know yet, say you’re on it and when you’ll be back.',
      ],
      avoid: ['A fast but useless answer', 'A bare “DM us”'],
    },
    troll: {
      expects: 'Nothing: provocation for its own sake.',
      doThis: ['Usually don’t reply.', 'At most one calm, factual line.'],
      avoid: ['Sarcasm', 'Getting drawn into a back-and-forth', 'Deleting criticism: negative is not troll'],
    },
    spam: {
      expects: '—',
      doThis: ['Hide or report it under the platform’s rules.'],
      avoid: ['Treating a negative comment as spam: never hide criticism'],
    },
    other: {
      expects: 'Possibly nothing; read it before moving on.',
      doThis: ['Reply if it is addressed to the brand; otherwise mark it handled.'],
      avoid: ['Ignoring a customer who is tagging the brand'],
    },
  },
  it: {
    complaint: {
      expects: 'Essere compreso.',
      doThis: [
        'Prima l’empatia, chiamandolo per nome.',
        'Verifica i fatti; se ha ragione, dillo pubblicamente.',
        'Sposta numeri d’ordine, email e telefono in privato, poi torna in pubblico a problema risolto.',
        'Indica un passo concreto e tempi realistici.',
      ],
      avoid: [
        'Promesse che non puoi mantenere',
        'Dare la colpa al cliente',
        'Battute, sarcasmo, emoji',
        'Nascondere o cancellare il commento',
      ],
    },
    praise: {
      expects: 'Essere riconosciuto.',
      doThis: [
        'Ringrazia in pubblico e per nome.',
        'Valuta una ricompensa: visibilità, uno sconto, un canale prioritario.',
      ],
      avoid: ['Un “grazie” generico senza nome'],
    },
    question: {
      expects: 'Informazioni precise (spesso è un potenziale cliente).',
      doThis: [
        'Rispondi in modo completo, passo per passo, con i link.',
        'Se non lo sai ancora, di’ che te ne occupi e quando tornerai.',
      ],
      avoid: ['Una risposta veloce ma inutile', 'Un semplice “scrivici in DM”'],
    },
    troll: {
      expects: 'Niente: provoca per il gusto di farlo.',
      doThis: ['Di solito non rispondere.', 'Al massimo una riga calma e fattuale.'],
      avoid: ['Il sarcasmo', 'Farsi trascinare in un botta e risposta', 'Cancellare le critiche: negativo non è troll'],
    },
    spam: {
      expects: '—',
      doThis: ['Nascondilo o segnalalo secondo le regole della piattaforma.'],
      avoid: ['Trattare un commento negativo come spam: mai nascondere le critiche'],
    },
    other: {
      expects: 'Forse niente; leggilo prima di passare oltre.',
      doThis: ['Rispondi se è rivolto al brand; altrimenti segnalo come gestito.'],
      avoid: ['Ignorare un cliente che tagga il brand'],
    },
  },
};

export function guidanceFor(category: Category, language: UiLanguage): GuidanceCard {
  return CARDS[language][category];
}
