import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITICAL_TOPICS } from '@/lib/shared/classify/critical-topics';
import { topicLabel } from '@/lib/shared/triage/topic-labels';

describe('urgent topic labels', () => {
  it('shows built-in topics in the UI language', () => {
    expect(topicLabel('double_charge', DEFAULT_CRITICAL_TOPICS, 'it')).toBe('Addebito doppio o non dovuto');
    expect(topicLabel('double_charge', DEFAULT_CRITICAL_TOPICS, 'en')).toMatch(/double charge/i);
  });

  it("keeps the user's own wording and custom topics", () => {
    const topics = [
      { id: 'double_charge', label: 'Soldi presi due volte', phrases: ['x'] },
      { id: 'recall', label: 'Richiamo', phrases: ['y'] },
    ];
    expect(topicLabel('double_charge', topics, 'it')).toBe('Soldi presi due volte');
    expect(topicLabel('recall', topics, 'en')).toBe('Richiamo');
    expect(topicLabel('unknown_id', topics, 'en')).toBe('unknown_id');
  });

  it('has an Italian name for every built-in topic', () => {
    for (const topic of DEFAULT_CRITICAL_TOPICS)
      expect(topicLabel(topic.id, DEFAULT_CRITICAL_TOPICS, 'it')).not.toBe(topic.label);
  });
});
