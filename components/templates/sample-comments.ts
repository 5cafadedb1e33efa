import type { Category } from '@/lib/shared/model/categories';
import type { TemplateLanguage } from '@/lib/shared/templates/schema';

/** One plausible comment per category and language, to preview a template the way the panel shows it. */
export const SAMPLE_COMMENTS: Record<Category, Record<TemplateLanguage, string>> = {
  complaint: {
    en: 'My order is a week late and nobody answers my emails!',
    it: 'Il mio ordine è in ritardo di una settimana e nessuno risponde alle email!',
  },
  praise: {
    en: 'Fantastic service, the parcel arrived in one day. Thank you!',
    it: 'Servizio fantastico, il pacco è arrivato in un giorno. Grazie!',
  },
  question: { en: 'Do you ship to Germany? How long does it take?', it: 'Spedite anche in Germania? Quanto ci vuole?' },
  troll: { en: 'Worst brand ever, everyone knows it lol', it: 'Il brand peggiore di sempre, lo sanno tutti lol' },
  spam: {
    en: 'Win a free phone!!! Click bit.ly/free-phone',
    it: 'Vinci un telefono gratis!!! Clicca bit.ly/telefono-gratis',
  },
  other: { en: 'Just saw your new shop window downtown', it: 'Ho appena visto la vostra nuova vetrina in centro' },
};

export const SAMPLE_AUTHOR = { authorName: 'Maria Rossi', authorHandle: 'mariarossi' };
