import { GUIDELINES } from './guidelines';
import { REWARD, THANKS } from './lexicon';
import { PRIVATE_CHANNEL } from './lexicon-care';
import { SPECIFIC, TAKEN_IN_CHARGE, WHEN_BACK } from './lexicon-transparency';
import { finding, type Check } from './types';

export const praiseThanksByName: Check = (c) => {
  if (c.classification.category !== 'praise') return null;
  const thanks = THANKS.test(c.lower);
  const named = c.nameForms.some((form) => c.lower.includes(form));
  if (thanks && named)
    return finding(
      'praise-thanks',
      'ok',
      'Thanks the customer by name.',
      'Ringrazia il cliente per nome.',
      GUIDELINES.praise,
    );
  return finding(
    'praise-thanks',
    'warning',
    thanks
      ? 'Say the customer’s name with the thanks: it is what makes it personal.'
      : 'Say thank you, by name: praise deserves public recognition.',
    thanks
      ? 'Aggiungi il nome del cliente al grazie: è quello che lo rende personale.'
      : 'Ringrazia, per nome: un complimento merita un riconoscimento pubblico.',
    GUIDELINES.praise,
  );
};

/** A nudge, not a rule: happy customers become advocates when invited. */
export const praiseReward: Check = (c) => {
  if (c.classification.category !== 'praise' || REWARD.test(c.lower)) return null;
  return finding(
    'praise-reward',
    'info',
    'Consider a small reward or an invitation to share (discount, review, feature them).',
    'Valuta una piccola ricompensa o un invito a condividere (sconto, recensione, ripubblicarlo).',
    GUIDELINES.praise,
  );
};

/** Questions need the answer itself, not a bare "DM us". */
export const questionSpecific: Check = (c) => {
  if (c.classification.category !== 'question') return null;
  const words = c.lower.split(/\s+/).filter(Boolean).length;
  const specific = SPECIFIC.test(c.draft);
  if (specific && words >= 8)
    return finding(
      'question-specific',
      'ok',
      'Gives specifics (steps, times, links).',
      'Dà dettagli concreti (passi, tempi, link).',
      GUIDELINES.question,
    );
  if (TAKEN_IN_CHARGE.test(c.lower) && WHEN_BACK.test(c.lower)) {
    return finding(
      'question-specific',
      'ok',
      'Not known yet, but says you are checking and when the answer will come.',
      'Non lo sai ancora, ma dici che stai verificando e quando arriverà la risposta.',
      GUIDELINES.transparency,
    );
  }
  const bareDm = PRIVATE_CHANNEL.test(c.lower) && !specific;
  return finding(
    'question-specific',
    'warning',
    bareDm
      ? 'A bare “DM us” doesn’t answer the question: give the answer here (steps, times, a link); others are reading too.'
      : 'Answer with specifics: steps, times, prices or a link. A fast but vague answer is worse than none.',
    bareDm
      ? 'Un semplice “scrivici in privato” non risponde alla domanda: dai qui la risposta (passi, tempi, un link); la leggono anche altri.'
      : 'Rispondi con dettagli concreti: passi, tempi, prezzi o un link. Una risposta veloce ma vaga è peggio di niente.',
    GUIDELINES.question,
  );
};

const SENTENCE = /[.!?]+(?:\s|$)/g;

/** Trolls: usually no reply; at most one calm, factual line. */
export const trollAdvice: Check = (c) => {
  if (c.classification.category !== 'troll') return null;
  if (!c.draft.trim())
    return finding(
      'troll',
      'info',
      'Usually best not to reply to a troll: leave the comment visible and move on.',
      'Di solito è meglio non rispondere a un troll: lascia il commento visibile e passa oltre.',
      GUIDELINES.troll,
    );
  const sentences = c.draft
    .trim()
    .split(SENTENCE)
    .filter((s) => s.trim().length > 2).length;
  return sentences > 2 || c.draft.length > 220
    ? finding(
        'troll',
        'warning',
        'Don’t feed the troll: if you reply at all, one calm factual line, then stop.',
        'Non alimentare il troll: se rispondi, una sola riga calma e fattuale, poi basta.',
        GUIDELINES.troll,
      )
    : finding(
        'troll',
        'info',
        'Replying to a troll is optional: keep it to this one factual line and don’t follow up.',
        'Rispondere a un troll è facoltativo: limitati a questa riga fattuale e non continuare.',
        GUIDELINES.troll,
      );
};

export const spamAdvice: Check = (c) => {
  if (c.classification.category !== 'spam' || c.action === 'hide' || c.action === 'report' || c.action === 'delete')
    return null;
  return finding(
    'spam',
    'info',
    'This looks like spam: hide or report it under the platform rules instead of replying (only warn others if it is a scam).',
    'Sembra spam: nascondilo o segnalalo secondo le regole della piattaforma invece di rispondere (avvisa gli altri solo se è una truffa).',
    GUIDELINES.spam,
  );
};

/** The hard rule: negative comments are answered, never hidden or deleted. */
export const neverHideNegative: Check = (c) => {
  if (c.action !== 'hide' && c.action !== 'delete') return null;
  const negative =
    c.classification.category === 'complaint' ||
    (c.classification.category !== 'spam' && c.classification.sentiment < 0);
  if (negative) {
    return finding(
      'never-hide-negative',
      'error',
      `STOP: never ${c.action} a negative comment. Deleting reads as guilt: reply with empathy instead.`,
      `ALT: non ${c.action === 'hide' ? 'nascondere' : 'cancellare'} mai un commento negativo. Cancellare sembra un’ammissione di colpa: rispondi con empatia.`,
      GUIDELINES.neverDelete,
    );
  }
  if (c.classification.category !== 'spam') {
    return finding(
      'never-hide-negative',
      'warning',
      'Hide or delete only spam. Is this really spam?',
      'Nascondi o cancella solo lo spam. È davvero spam?',
      GUIDELINES.spam,
    );
  }
  return finding(
    'never-hide-negative',
    'ok',
    'Spam: hiding or reporting it is right.',
    'Spam: nasconderlo o segnalarlo è corretto.',
    GUIDELINES.spam,
  );
};
