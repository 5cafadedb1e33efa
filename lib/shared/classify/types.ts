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
  /** Which output it pushed: a category, 'urgent', 'troll', 'language', 'sarcasm'. */
  target: string;
  weight: number;
}

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface Classification {
  category: Category;
  scores: Record<Category, number>;
  /** Calibrated probability of `category` (0 when nothing could be classified). */
  confidence: number;
  /**
   * Set when the runner-up is close to the winner: the panel shows both ("complaint or question?")
   * instead of a confident label that may be wrong.
   */
  alternative?: { category: Category; score: number };
  /** -1 (negative) … +1 (positive): P(positive) − P(negative). */
  sentiment: number;
  sentimentLabel: SentimentLabel;
  /** Praise words with a negative tone and an irony marker: don't thank it. */
  sarcasm: boolean;
  urgent: {
    flag: boolean;
    topics: string[];
    /** The phrases (or, when the model alone decided, the words) that made the item urgent. */
    matched: string[];
    /** Calibrated probability that the item is urgent (the learned head; phrases feed it). */
    score: number;
  };
  troll: boolean;
  language: Language;
  register?: Register;
  topics: Topic[];
  reasons: Reason[];
}
