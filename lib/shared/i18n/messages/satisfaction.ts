import type { SatisfactionMark } from '../../stats/log-rows';
import type { Dictionary } from '../translate';

/** The optional satisfaction mark: the panel's handled form records it, the dashboard counts it. */
export type SatisfactionKey = SatisfactionMark | 'satisfactionLabel' | 'satisfactionHint' | 'satisfactionNone';

export const satisfactionDictionary: Dictionary<SatisfactionKey> = {
  en: {
    satisfactionLabel: 'Customer satisfaction (optional)',
    satisfactionHint: 'Asked in the closing reply, or noted by hand.',
    satisfactionNone: 'Not recorded',
    satisfied: 'Satisfied',
    neutral: 'Neutral',
    unhappy: 'Unhappy',
  },
  it: {
    satisfactionLabel: 'Soddisfazione del cliente (facoltativa)',
    satisfactionHint: 'Chiesta nella risposta di chiusura, o annotata a mano.',
    satisfactionNone: 'Non rilevata',
    satisfied: 'Soddisfatto',
    neutral: 'Neutrale',
    unhappy: 'Insoddisfatto',
  },
};
