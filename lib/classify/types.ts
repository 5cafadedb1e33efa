import type { Category, Language, Register, Topic } from '../model/categories';

/** A user-editable critical topic (from settings); the classifier takes the list as a parameter. */
export interface CriticalTopic {
  id: string;
  label: string;
  /** Lower-case words or phrases, any language; matched on normalised text. */
  phrases: string[];
  department?: string;
}

export interface ClassifyContext {
  isReply?: boolean;
  mentionsBrand?: boolean;
  brandNames?: string[];
  criticalTopics?: CriticalTopic[];
}

export interface Reason {
  /** Short words a trainee understands, e.g. '"addebitato due volte" → billing problem'. */
  text: string;
  /** The same reason in Italian (optional, for an Italian UI). */
  textIt?: string;
  /** Which output it pushed: a category, 'urgent', 'troll', 'language'. */
  target: string;
  weight: number;
}

export interface Classification {
  category: Category;
  scores: Record<Category, number>;
  confidence: number;
  sentiment: number;
  urgent: { flag: boolean; topics: string[]; matched: string[] };
  troll: boolean;
  language: Language;
  register?: Register;
  topics: Topic[];
  reasons: Reason[];
}
