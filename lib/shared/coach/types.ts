import type { Classification } from '../classify/types';
import type { SocialItem, Platform } from '../model/social-item';

export type Severity = 'ok' | 'info' | 'warning' | 'error';

export interface Finding {
  /** Stable check id, e.g. 'uses-name'. One finding per check. */
  id: string;
  severity: Severity;
  message: { en: string; it: string };
  /** The rule of care-guidelines.md the finding comes from: section and quote. */
  guideline: string;
}

/** What the user is about to do with the item; hiding or deleting a negative comment is never right. */
export type ModerationAction = 'reply' | 'hide' | 'delete' | 'report';

/** The settings the coach reads; structural so a full Settings object fits. */
export interface CoachSettings {
  tone?: { italianRegister?: 'mirror' | 'tu' | 'lei'; emoji?: 'never' | 'when_solved' | 'allowed' };
}

export interface CoachInput {
  draft: string;
  item: Pick<SocialItem, 'platform' | 'authorName' | 'authorHandle' | 'text' | 'isReply' | 'kind'>;
  classification: Pick<Classification, 'category' | 'language' | 'register' | 'topics' | 'sentiment'>;
  platform: Platform;
  settings?: CoachSettings;
  action?: ModerationAction;
  /**
   * Where the draft's words came from: the text of a shipped (built-in) template as it was put in the draft,
   * and the brand facts from settings. A concrete promise in the template's text that is no brand fact is
   * flagged; without a template text everything was typed by the user.
   */
  origin?: { templateText?: string; facts?: string[] };
}

/** Input plus what every check needs, computed once. */
export interface CoachContext extends CoachInput {
  /** The draft with `{variables}` and `[placeholders]` removed, lower-cased. */
  lower: string;
  draftLanguage: 'it' | 'en' | 'other';
  /** Language the reply should be in. */
  targetLanguage: 'it' | 'en';
  /** Names by which the customer can be addressed (first name, full name, handle), lower-cased. */
  nameForms: string[];
}

export type Check = (context: CoachContext) => Finding | null;

export function finding(id: string, severity: Severity, en: string, it: string, guideline: string): Finding {
  return { id, severity, message: { en, it }, guideline };
}
