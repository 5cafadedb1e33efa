import type { Outcome } from '../../model/categories';
import type { Dictionary } from '../translate';

/** What each outcome is called, in the panel's "mark handled" form and the customer history alike. */
export const outcomeLabels: Dictionary<Outcome> = {
  en: {
    replied_public: 'Replied publicly',
    moved_private: 'Moved to private',
    escalated: 'Escalated',
    ignored_troll: 'Ignored (troll)',
    hidden_spam: 'Hidden (spam)',
  },
  it: {
    replied_public: 'Risposto in pubblico',
    moved_private: 'Spostato in privato',
    escalated: 'Inoltrato',
    ignored_troll: 'Ignorato (troll)',
    hidden_spam: 'Nascosto (spam)',
  },
};
