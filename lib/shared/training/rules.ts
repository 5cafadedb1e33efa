import type { Category } from '../model/categories';
import { X_LIMIT } from '../templates/x-length';
import type { GUIDELINES } from '../coach/guidelines';

/**
 * What a good practice reply must do. Most rules are the coach's own checks (same id as its finding);
 * the last four are judged from what the trainee chose to do and from the coach's phrase lists.
 * `must`: the coach has to find it done ('ok'); `mustNot`: the coach must not flag it.
 */
export const COACH_RULES = {
  'uses-name': 'must',
  language: 'must',
  register: 'must',
  empathy: 'must',
  'next-step': 'must',
  'praise-thanks': 'must',
  'question-specific': 'must',
  emoji: 'mustNot',
  'no-sarcasm': 'mustNot',
  'no-jokes': 'mustNot',
  'no-blame': 'mustNot',
  promises: 'mustNot',
  vague: 'mustNot',
  'personal-data': 'mustNot',
} as const;

export const OWN_RULES = ['realistic-time', 'private-channel', 'ignore-troll', 'report-spam'] as const;

export type CoachRuleId = keyof typeof COACH_RULES;
export type OwnRuleId = (typeof OWN_RULES)[number];
export type PracticeRuleId = CoachRuleId | OwnRuleId;
export const PRACTICE_RULE_IDS = [...(Object.keys(COACH_RULES) as CoachRuleId[]), ...OWN_RULES];

/**
 * The rules a good answer follows, per category: every scenario starts from its category's row (plus `register`
 * right after `language` for an Italian comment, which says tu or Lei) and adds its own (e.g. 'private-channel').
 */
export const DEFAULT_RULES = {
  complaint: ['uses-name', 'language', 'empathy', 'next-step', 'emoji', 'promises', 'no-blame'],
  praise: ['praise-thanks', 'language'],
  question: ['uses-name', 'language', 'question-specific', 'vague'],
  troll: ['ignore-troll'],
  spam: ['report-spam'],
  other: ['uses-name', 'language'],
} as const satisfies Record<Category, readonly PracticeRuleId[]>;

/** A category's default rules for a comment in `language`; Italian adds the tu/Lei register after the language. */
export function defaultRules(category: Category, language: 'it' | 'en'): PracticeRuleId[] {
  return DEFAULT_RULES[category].flatMap((rule) =>
    rule === 'language' && language === 'it' ? (['language', 'register'] as const) : [rule],
  );
}

interface RuleText {
  label: { en: string; it: string };
  guideline: keyof typeof GUIDELINES;
}

/** A short name per rule (for the scenario's checklist and the progress table) and the guideline it enforces. */
export const RULE_TEXT: Record<PracticeRuleId, RuleText> = {
  'uses-name': { label: { en: 'Greet by name', it: 'Saluta per nome' }, guideline: 'personalise' },
  language: { label: { en: 'Customer’s language', it: 'Lingua del cliente' }, guideline: 'mirror' },
  register: { label: { en: 'Same tu/Lei', it: 'Stesso tu/Lei' }, guideline: 'mirror' },
  empathy: {
    label: { en: 'Apologise, empathy first', it: 'Scusarsi, prima l’empatia' },
    guideline: 'complaintEmpathy',
  },
  'next-step': { label: { en: 'Concrete next step', it: 'Passo successivo concreto' }, guideline: 'transparency' },
  'praise-thanks': { label: { en: 'Thank by name', it: 'Ringrazia per nome' }, guideline: 'praise' },
  'question-specific': { label: { en: 'Answer with specifics', it: 'Rispondi nel concreto' }, guideline: 'question' },
  emoji: { label: { en: 'No emoji until solved', it: 'Niente emoji finché non è risolto' }, guideline: 'emoji' },
  'no-sarcasm': { label: { en: 'No sarcasm', it: 'Niente sarcasmo' }, guideline: 'positive' },
  'no-jokes': { label: { en: 'No jokes on a problem', it: 'Niente battute su un problema' }, guideline: 'positive' },
  'no-blame': {
    label: { en: 'Don’t blame the customer', it: 'Non dare la colpa al cliente' },
    guideline: 'complaintRight',
  },
  promises: {
    label: { en: 'No promise you can’t keep', it: 'Nessuna promessa impossibile' },
    guideline: 'complaintPromise',
  },
  vague: { label: { en: 'Nothing vague', it: 'Niente frasi vaghe' }, guideline: 'transparency' },
  'personal-data': {
    label: { en: 'No personal data in public', it: 'Nessun dato personale in pubblico' },
    guideline: 'complaintPrivate',
  },
  'realistic-time': {
    label: { en: 'Give a realistic time', it: 'Indica un tempo realistico' },
    guideline: 'transparency',
  },
  'private-channel': {
    label: { en: 'Move details to private', it: 'Sposta i dettagli in privato' },
    guideline: 'complaintPrivate',
  },
  'ignore-troll': { label: { en: 'Don’t feed the troll', it: 'Non alimentare il troll' }, guideline: 'troll' },
  'report-spam': { label: { en: 'Hide or report spam', it: 'Nascondi o segnala lo spam' }, guideline: 'spam' },
};

/** What a rule left undone means, when the coach has nothing to say because the reply doesn't do it at all. */
export const NOT_DONE: Record<PracticeRuleId, { en: string; it: string }> = {
  'uses-name': { en: 'The reply doesn’t use the customer’s name.', it: 'La risposta non usa il nome del cliente.' },
  language: { en: 'Reply in the customer’s language.', it: 'Rispondi nella lingua del cliente.' },
  register: {
    en: 'Address the customer as they addressed you (tu or Lei).',
    it: 'Dai del tu o del Lei come il cliente.',
  },
  empathy: { en: 'Start by acknowledging the problem.', it: 'Parti riconoscendo il problema.' },
  'next-step': {
    en: 'Say what happens next, on which channel, by when.',
    it: 'Di’ cosa succede adesso, su quale canale, entro quando.',
  },
  'praise-thanks': { en: 'Thank the customer, by name.', it: 'Ringrazia il cliente, per nome.' },
  'question-specific': {
    en: 'Answer the question with specifics.',
    it: 'Rispondi alla domanda con dettagli concreti.',
  },
  emoji: { en: 'No emoji before the problem is solved.', it: 'Niente emoji prima che il problema sia risolto.' },
  'no-sarcasm': { en: 'No sarcasm.', it: 'Niente sarcasmo.' },
  'no-jokes': { en: 'No jokes on a complaint.', it: 'Niente battute su un reclamo.' },
  'no-blame': { en: 'Don’t blame the customer.', it: 'Non dare la colpa al cliente.' },
  promises: { en: 'Don’t promise what you can’t keep.', it: 'Non promettere quello che non puoi mantenere.' },
  vague: { en: 'Say something concrete.', it: 'Di’ qualcosa di concreto.' },
  'personal-data': {
    en: 'Keep personal data out of the public reply.',
    it: 'Tieni i dati personali fuori dalla risposta pubblica.',
  },
  'realistic-time': {
    en: 'Give a realistic time (“within 24 hours”, “by tomorrow”), not “right away”.',
    it: 'Indica un tempo realistico (“entro 24 ore”, “domani”), non “subito”.',
  },
  'private-channel': {
    en: 'Ask for the details in a private message (DM, email, phone), never in public.',
    it: 'Chiedi i dettagli in privato (messaggio, email, telefono), mai in pubblico.',
  },
  'ignore-troll': {
    en: 'A troll wants attention: don’t reply, leave the comment visible and move on.',
    it: 'Un troll cerca attenzione: non rispondere, lascia il commento visibile e passa oltre.',
  },
  'report-spam': {
    en: 'Spam is not a customer: hide or report it, don’t reply.',
    it: 'Lo spam non è un cliente: nascondilo o segnalalo, non rispondere.',
  },
};

/** Other coach findings a reply can break (or keep), named for the progress table and the report. */
const OTHER_LABELS: Record<string, { en: string; it: string }> = {
  placeholders: { en: 'No placeholders left', it: 'Nessun segnaposto rimasto' },
  'x-length': { en: `Fits X’s ${X_LIMIT} characters`, it: `Sta nei ${X_LIMIT} caratteri di X` },
  'facebook-mention': { en: 'Tag the customer in a thread', it: 'Tagga il cliente nella discussione' },
  'never-hide-negative': { en: 'Never hide a negative comment', it: 'Mai nascondere un commento negativo' },
  troll: { en: 'Don’t feed the troll', it: 'Non alimentare il troll' },
  spam: { en: 'Hide or report spam', it: 'Nascondi o segnala lo spam' },
};

export function ruleLabel(rule: string, language: 'en' | 'it'): string {
  return (RULE_TEXT[rule as PracticeRuleId]?.label ?? OTHER_LABELS[rule])?.[language] ?? rule;
}
