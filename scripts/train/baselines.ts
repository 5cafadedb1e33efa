import Sentiment from 'sentiment';
import vader from 'vader-sentiment';

let afinn: Sentiment | null = null;

/** AFINN (`sentiment` package): score > 0 positive, < 0 negative. */
export function afinnPolarity(text: string): 'positive' | 'negative' | 'neutral' {
  afinn ??= new Sentiment();
  const s = afinn.analyze(text).score;
  return s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral';
}

/** VADER with its documented thresholds on the compound score (±0.05). */
export function vaderPolarity(text: string): 'positive' | 'negative' | 'neutral' {
  const c = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
}
