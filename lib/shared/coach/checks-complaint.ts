import { GUIDELINES } from './guidelines';
import { BLAME, DATA_WARNING, EMPATHY, NEXT_STEP, PERSONAL_DATA_REQUEST, PRIVATE_CHANNEL } from './lexicon-care';
import { PROMISES, VAGUE } from './lexicon-transparency';
import { findPersonalData } from './personal-data';
import { finding, type Check } from './types';

const isComplaint = (category: string) => category === 'complaint';

export const empathises: Check = (c) => {
  if (!isComplaint(c.classification.category)) return null;
  return EMPATHY.test(c.lower)
    ? finding(
        'empathy',
        'ok',
        'Acknowledges how the customer feels.',
        'Riconosce come si sente il cliente.',
        GUIDELINES.complaintEmpathy,
      )
    : finding(
        'empathy',
        'warning',
        'Start with empathy: acknowledge the problem (“Sorry, that’s frustrating”) before anything else.',
        'Parti dall’empatia: riconosci il problema (“Ci dispiace, è frustrante”) prima di tutto.',
        GUIDELINES.complaintEmpathy,
      );
};

/** Blaming the customer in public is never right, whoever is at fault. */
export const noBlame: Check = (c) =>
  BLAME.test(c.lower)
    ? finding(
        'no-blame',
        'error',
        'Don’t blame the customer in public, even if they are wrong: explain the facts instead.',
        'Non dare la colpa al cliente in pubblico, anche se ha torto: spiega i fatti.',
        GUIDELINES.complaintRight,
      )
    : null;

export const offersNextStep: Check = (c) => {
  if (!isComplaint(c.classification.category)) return null;
  return NEXT_STEP.test(c.lower)
    ? finding(
        'next-step',
        'ok',
        'Tells the customer what happens next.',
        'Dice al cliente cosa succede adesso.',
        GUIDELINES.transparency,
      )
    : finding(
        'next-step',
        'warning',
        'Add a concrete next step: what you will do, through which channel, and by when.',
        'Aggiungi un passo concreto: cosa farai, su quale canale ed entro quando.',
        GUIDELINES.transparency,
      );
};

/** Personal data never goes in a public reply, and is only ever asked for in private. */
export const protectsPersonalData: Check = (c) => {
  const leaked = findPersonalData(c.draft);
  if (leaked.length) {
    const en = leaked.map((h) => h.label.en).join(', ');
    const it = leaked.map((h) => h.label.it).join(', ');
    return finding(
      'personal-data',
      'error',
      `The public reply contains ${en}: remove it and continue in private.`,
      `La risposta pubblica contiene ${it}: toglilo e prosegui in privato.`,
      GUIDELINES.complaintPrivate,
    );
  }
  const asks = PERSONAL_DATA_REQUEST.test(c.lower) && !DATA_WARNING.test(c.lower);
  if (asks && !PRIVATE_CHANNEL.test(c.lower)) {
    return finding(
      'personal-data',
      'error',
      'Never ask for personal data (order number, email, phone, IBAN) in public: ask for it in a private message.',
      'Non chiedere mai dati personali (numero d’ordine, email, telefono, IBAN) in pubblico: chiedili in privato.',
      GUIDELINES.complaintPrivate,
    );
  }
  const customerShared = findPersonalData(c.item.text);
  if (customerShared.length && isComplaint(c.classification.category) && !PRIVATE_CHANNEL.test(c.lower)) {
    return finding(
      'personal-data',
      'warning',
      'The customer posted personal data publicly: move the conversation to a private channel.',
      'Il cliente ha scritto dati personali in pubblico: sposta la conversazione in privato.',
      GUIDELINES.complaintPrivate,
    );
  }
  if (asks) {
    return finding(
      'personal-data',
      'ok',
      'Asks for personal details only in private.',
      'Chiede i dati personali solo in privato.',
      GUIDELINES.complaintPrivate,
    );
  }
  return null;
};

export const realisticPromises: Check = (c) => {
  const match = PROMISES.exec(c.lower);
  if (!match) return null;
  const phrase = match[0].trim();
  return finding(
    'promises',
    'warning',
    `“${phrase}” is a promise you may not keep: give a realistic time instead.`,
    `“${phrase}” è una promessa che potresti non mantenere: indica un tempo realistico.`,
    isComplaint(c.classification.category) ? GUIDELINES.complaintPromise : GUIDELINES.transparency,
  );
};

/** Filler that sounds like an answer but isn't one. */
export const notVague: Check = (c) => {
  const match = VAGUE.exec(c.lower);
  if (!match) return null;
  const phrase = match[0].trim();
  return finding(
    'vague',
    'warning',
    `“${phrase}” says nothing concrete: say what you are doing and when you will come back.`,
    `“${phrase}” non dice niente di concreto: di’ cosa stai facendo e quando tornerai.`,
    c.classification.category === 'question' ? GUIDELINES.question : GUIDELINES.transparency,
  );
};
