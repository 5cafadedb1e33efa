import { X_LIMIT, X_WARNING_THRESHOLD, xLength } from '../templates/x-length';
import { GUIDELINES } from './guidelines';
import { finding, type Check } from './types';

export const xLengthFits: Check = (c) => {
  if (c.platform !== 'x') return null;
  const length = xLength(c.draft);
  if (length > X_LIMIT) {
    return finding(
      'x-length',
      'error',
      `${length}/${X_LIMIT} characters: X will refuse it. Shorten it or continue in DM.`,
      `${length}/${X_LIMIT} caratteri: X non lo accetta. Accorcia o prosegui in privato.`,
      GUIDELINES.xLength,
    );
  }
  if (length > X_WARNING_THRESHOLD) {
    return finding(
      'x-length',
      'warning',
      `${length}/${X_LIMIT} characters: close to X’s limit.`,
      `${length}/${X_LIMIT} caratteri: vicino al limite di X.`,
      GUIDELINES.xLength,
    );
  }
  return null;
};

/** In a Facebook thread a reply without a tag can look addressed to someone else. */
export const facebookMention: Check = (c) => {
  if (c.platform !== 'facebook' || !(c.item.isReply || c.item.kind === 'reply')) return null;
  const full = c.item.authorName.trim().toLowerCase();
  if (!full) return null;
  const first = full.split(/\s+/)[0]!;
  return c.lower.includes(full) || c.draft.toLowerCase().includes(`@${first}`)
    ? finding(
        'facebook-mention',
        'ok',
        'Tags the customer in the thread.',
        'Tagga il cliente nella discussione.',
        GUIDELINES.personalise,
      )
    : finding(
        'facebook-mention',
        'warning',
        `In a thread, tag the customer (@${c.item.authorName.trim()}) so the reply reaches them.`,
        `In una discussione tagga il cliente (@${c.item.authorName.trim()}) così la risposta gli arriva.`,
        GUIDELINES.personalise,
      );
};

/** `{order}` or "[answer here]" left in the text would go out as is. */
export const noPlaceholders: Check = (c) => {
  const left = c.draft.match(/\{[a-z_]+(?:\|[^{}]*)?\}|\[[^\]]{3,}\]/gi);
  return left
    ? finding(
        'placeholders',
        'error',
        `Fill in ${left.join(', ')} before sending.`,
        `Completa ${left.join(', ')} prima di inviare.`,
        GUIDELINES.templates,
      )
    : null;
};
