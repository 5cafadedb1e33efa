import { modelReasons, type ReasonEvidence } from './reasons';
import type { Reason } from './types';

/** What classify() decided beyond the model's arg-max, kept so reasons can be written on demand. */
export interface Decision {
  best: number;
  second: number;
  promotedByUrgency: boolean;
  promotedByTone: number;
  addressedToBrand: boolean;
  sarcasm: boolean;
  urgentTopics: string[];
  urgentMatched: string[];
  /** No phrase matched: the learned head alone flagged it, and urgentMatched holds its words. */
  urgentByModel: boolean;
  urgentScore: number;
  urgentFlag: boolean;
  trollP: number;
  spamP: number;
  evidence: ReasonEvidence;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Reasons for a decision, strongest first. The sentences are written only when a person reads them; the evidence
 * behind them was taken by classify() while the text's features were at hand.
 */
export function buildReasons(d: Decision): Reason[] {
  const reasons: Reason[] = [];
  if (d.urgentFlag) {
    const quoted = `"${d.urgentMatched.slice(0, 3).join('", "')}"`;
    const pct = Math.round(d.urgentScore * 100);
    const topics = d.urgentTopics.join(', ');
    // A phrase from the topic list, or (no phrase matched) what the model learned from messages like this one.
    reasons.push(
      d.urgentByModel
        ? {
            text: `reads like urgent messages about ${topics} (${pct}%), mostly because of ${quoted}`,
            textIt: `somiglia ai messaggi urgenti su ${topics} (${pct}%), soprattutto per ${quoted}`,
            target: 'urgent',
            weight: 1,
          }
        : {
            text: `critical topic (${topics}): ${quoted} — urgent ${pct}%`,
            textIt: `tema critico (${topics}): ${quoted} — urgente ${pct}%`,
            target: 'urgent',
            weight: 1,
          },
    );
  }
  if (d.promotedByUrgency) {
    reasons.push({
      text: 'critical topic found: treated as a complaint, not ignored',
      textIt: 'tema critico: trattato come reclamo, non ignorato',
      target: 'complaint',
      weight: 1,
    });
  }
  if (d.promotedByTone > 0) {
    reasons.push({
      text: 'negative tone about a service or purchase → complaint',
      textIt: 'tono negativo su un servizio o acquisto → reclamo',
      target: 'complaint',
      weight: r2(d.promotedByTone),
    });
  }
  if (d.sarcasm) {
    reasons.push({
      text: 'praise words in a negative tone with an irony marker: possible sarcasm, do not thank it',
      textIt: 'parole di elogio con tono negativo e segnale di ironia: possibile sarcasmo, non ringraziare',
      target: 'sarcasm',
      weight: 0.9,
    });
  }
  if (d.addressedToBrand) {
    reasons.push({
      text: 'addressed to the brand: read as a customer message, not chatter',
      textIt: 'rivolto al brand: letto come messaggio di un cliente, non chiacchiera',
      target: 'other',
      weight: 0.5,
    });
  }
  reasons.push(...modelReasons(d.evidence));
  if (d.best === 3 && d.trollP > 0.5) {
    reasons.push({
      text: 'offensive wording with no customer issue → troll: do not feed it',
      textIt: 'linguaggio offensivo senza problema da cliente → troll: non alimentarlo',
      target: 'troll',
      weight: r2(d.trollP),
    });
  }
  if (d.best === 4 && d.spamP > 0.5) {
    reasons.push({
      text: 'looks like promotion (spam model)',
      textIt: 'sembra promozione (modello spam)',
      target: 'spam',
      weight: r2(d.spamP),
    });
  }
  return reasons;
}
