import type { Dictionary } from '../translate';

/** How the panel names a classification: categories, close calls, tone, possible sarcasm. */
export type ClassificationKey =
  | 'cat_complaint'
  | 'cat_praise'
  | 'cat_question'
  | 'cat_troll'
  | 'cat_spam'
  | 'cat_other'
  | 'closeCall'
  | 'closeCallHint'
  | 'classifiedAs'
  | 'tone_negative'
  | 'tone_neutral'
  | 'tone_positive'
  | 'sarcasm';

export const classificationDictionary: Dictionary<ClassificationKey> = {
  en: {
    cat_complaint: 'complaint',
    cat_praise: 'praise',
    cat_question: 'question',
    cat_troll: 'troll',
    cat_spam: 'spam',
    cat_other: 'other',
    closeCall: '{first} or {second}?',
    closeCallHint: 'Too close to call: {first} {firstPct}%, {second} {secondPct}%. Read it before you pick a reply.',
    classifiedAs: '{category}, {pct}% sure',
    tone_negative: 'negative tone',
    tone_neutral: 'neutral tone',
    tone_positive: 'positive tone',
    sarcasm: 'possible sarcasm — don’t thank it',
  },
  it: {
    cat_complaint: 'reclamo',
    cat_praise: 'elogio',
    cat_question: 'domanda',
    cat_troll: 'troll',
    cat_spam: 'spam',
    cat_other: 'altro',
    closeCall: '{first} o {second}?',
    closeCallHint: 'Incerto: {first} {firstPct}%, {second} {secondPct}%. Leggilo prima di scegliere la risposta.',
    classifiedAs: '{category}, sicuro al {pct}%',
    tone_negative: 'tono negativo',
    tone_neutral: 'tono neutro',
    tone_positive: 'tono positivo',
    sarcasm: 'possibile sarcasmo — non ringraziare',
  },
};
