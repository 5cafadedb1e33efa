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
  | 'sarcasm'
  | 'unreadText'
  | 'unreadHint'
  | 'media_photo'
  | 'media_sticker'
  | 'media_gif'
  | 'media_video'
  | 'mediaHint'
  | 'readCount';

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
    unreadText: 'couldn’t read this comment (text)',
    unreadHint:
      'CareSide found this comment but couldn’t read its text, so it did not guess a category. Read it on the page.',
    media_photo: 'photo only',
    media_sticker: 'sticker only',
    media_gif: 'GIF only',
    media_video: 'video only',
    mediaHint: 'No text to classify: {kind}{alt}. Look at it on the page before you reply.',
    readCount: 'Read {read} of {total} comments on this page.',
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
    unreadText: 'commento non leggibile (testo)',
    unreadHint:
      'CareSide ha trovato questo commento ma non ne ha letto il testo, quindi non ha indovinato una categoria. Leggilo sulla pagina.',
    media_photo: 'solo foto',
    media_sticker: 'solo sticker',
    media_gif: 'solo GIF',
    media_video: 'solo video',
    mediaHint: 'Nessun testo da classificare: {kind}{alt}. Guardalo sulla pagina prima di rispondere.',
    readCount: 'Letti {read} commenti su {total} in questa pagina.',
  },
};
