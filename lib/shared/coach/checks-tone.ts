import { GUIDELINES } from './guidelines';
import { EMOJI, JOKES, JOKE_EMOJI, SARCASM, SARCASM_MARKS, SOLVED } from './lexicon';
import { detectRegister } from './register';
import { finding, type Check } from './types';

const LANGUAGE_NAMES = { it: { en: 'Italian', it: 'italiano' }, en: { en: 'English', it: 'inglese' } } as const;

/** The customer's name (or handle) appears in the reply. */
export const usesName: Check = (c) => {
  if (c.classification.category === 'spam' || c.classification.category === 'troll') return null;
  if (c.nameForms.length === 0) return null;
  const used = c.nameForms.some((form) => c.lower.includes(form));
  return used
    ? finding(
        'uses-name',
        'ok',
        'Addresses the customer by name.',
        'Si rivolge al cliente per nome.',
        GUIDELINES.personalise,
      )
    : finding(
        'uses-name',
        'warning',
        'Use the customer’s name: a reply without it reads like a form letter.',
        'Usa il nome del cliente: una risposta senza nome sembra una circolare.',
        GUIDELINES.personalise,
      );
};

/** Same language as the customer. */
export const mirrorsLanguage: Check = (c) => {
  if (c.draftLanguage === 'other') return null;
  const target = LANGUAGE_NAMES[c.targetLanguage];
  return c.draftLanguage === c.targetLanguage
    ? finding(
        'language',
        'ok',
        `Written in ${target.en}, like the customer.`,
        `Scritto in ${target.it}, come il cliente.`,
        GUIDELINES.mirror,
      )
    : finding(
        'language',
        'error',
        `The customer wrote in ${target.en}: reply in ${target.en}.`,
        `Il cliente ha scritto in ${target.it}: rispondi in ${target.it}.`,
        GUIDELINES.mirror,
      );
};

/** Italian only: the register the settings or the customer call for, and never both in one reply. */
export const mirrorsRegister: Check = (c) => {
  if (c.targetLanguage !== 'it' || c.draftLanguage !== 'it') return null;
  const reading = detectRegister(c.draft);
  if (!reading.register) return null;
  if (reading.register === 'mixed') {
    return finding(
      'register',
      'error',
      'The reply mixes tu and Lei: pick one and keep it.',
      'La risposta mescola tu e Lei: scegline uno e mantienilo.',
      GUIDELINES.mirror,
    );
  }
  const preference = c.settings?.tone?.italianRegister ?? 'mirror';
  const wanted = preference === 'mirror' ? c.classification.register : preference;
  if (!wanted) return null;
  const label = (r: string) => (r === 'lei' ? 'Lei' : 'tu');
  const why =
    preference === 'mirror'
      ? { en: 'the customer uses', it: 'il cliente usa' }
      : { en: 'your settings ask for', it: 'le impostazioni chiedono' };
  return reading.register === wanted
    ? finding(
        'register',
        'ok',
        `Uses “${label(wanted)}”, as ${why.en}.`,
        `Usa il “${label(wanted)}”, come ${why.it}.`,
        GUIDELINES.mirror,
      )
    : finding(
        'register',
        'warning',
        `Use “${label(wanted)}”: ${why.en} it.`,
        `Usa il “${label(wanted)}”: ${why.it} quello.`,
        GUIDELINES.mirror,
      );
};

export const noSarcasm: Check = (c) => {
  const sarcastic = SARCASM.test(c.lower) || SARCASM_MARKS.test(c.draft);
  return sarcastic
    ? finding(
        'no-sarcasm',
        'error',
        'Sounds sarcastic or ironic: in public it always backfires. Say it plainly.',
        'Suona sarcastico o ironico: in pubblico si ritorce sempre contro. Dillo in modo semplice.',
        c.classification.category === 'troll' ? GUIDELINES.troll : GUIDELINES.positive,
      )
    : null;
};

/** Jokes are fine on praise or chit-chat, never on someone's problem. */
export const noJokesOnComplaint: Check = (c) => {
  if (c.classification.category !== 'complaint') return null;
  return JOKES.test(c.lower) || JOKE_EMOJI.test(c.draft)
    ? finding(
        'no-jokes',
        'error',
        'No jokes on a complaint: the customer has a problem and expects to be taken seriously.',
        'Niente battute su un reclamo: il cliente ha un problema e vuole essere preso sul serio.',
        GUIDELINES.positive,
      )
    : null;
};

/** Emoji on praise, or once the problem is solved; the setting can forbid or allow them everywhere. */
export const emojiWhenFitting: Check = (c) => {
  if (!EMOJI.test(c.draft)) return null;
  const policy = c.settings?.tone?.emoji ?? 'when_solved';
  if (policy === 'never') {
    return finding(
      'emoji',
      'warning',
      'Your brand’s settings say no emoji: remove them.',
      'Le impostazioni del brand escludono le emoji: toglile.',
      GUIDELINES.emoji,
    );
  }
  if (policy === 'allowed' || c.classification.category === 'praise' || SOLVED.test(c.lower)) return null;
  return finding(
    'emoji',
    'warning',
    'Keep emoji for praise or for when the problem is solved; here they can sound dismissive.',
    'Tieni le emoji per i complimenti o per quando il problema è risolto; qui possono sembrare superficiali.',
    GUIDELINES.emoji,
  );
};
