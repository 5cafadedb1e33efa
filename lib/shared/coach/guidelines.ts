/**
 * The rules of care-guidelines.md the coach enforces, quoted so a trainee can look them up.
 * Section names match the headings of that document.
 */
import { X_LIMIT, X_URL_WEIGHT } from '../templates/x-length';

export const GUIDELINES = {
  personalise: 'Tone of voice — “Personalise every template: at least the customer’s name.”',
  mirror: 'Tone of voice — “Mirror the customer’s language and register (Italian tu vs Lei).”',
  positive: 'Tone of voice — “Positive and professional; colloquial is fine, sarcasm and jokes are not.”',
  emoji: 'Tone of voice — “Emoji only once the problem is solved.”',
  transparency:
    'Tone of voice — “Transparency: if you don’t know yet, say the request is taken in charge and come back; give realistic times.”',
  complaintEmpathy: 'Complaint — “empathy first”',
  complaintPrivate: 'Complaint — “move sensitive details to a private channel (DM, email, phone)”',
  complaintPromise: 'Complaint — “never promise what you can’t keep”',
  complaintRight: 'Complaint — “verify the facts; if the customer is right, say so publicly”',
  praise: 'Praise — “thank publicly and by name; consider a reward (visibility, discount, priority channel)”',
  question: 'Question — “detailed, step-by-step, complete; a fast but useless answer is worse than none”',
  troll: 'Troll — “do not feed it: usually ignore; never sarcasm”',
  spam: 'Spam — “hide/report per platform rules; spam is NOT the same as a negative comment”',
  neverDelete: 'Hard rule — “never delete or hide negative comments or reviews. Deleting reads as guilt.”',
  templates: 'Templates — “They must be personalised”',
  xLength: `X — ${X_LIMIT} weighted characters, every link counts ${X_URL_WEIGHT}`,
} as const;
