import { coachDraft, type CoachInput, type Finding } from '@/lib/shared/coach';

type Overrides = {
  category?: CoachInput['classification']['category'];
  language?: CoachInput['classification']['language'];
  register?: CoachInput['classification']['register'];
  sentiment?: number;
  platform?: CoachInput['platform'];
  item?: Partial<CoachInput['item']>;
  settings?: CoachInput['settings'];
  action?: CoachInput['action'];
};

/** Coaches a draft for Maria Rossi's comment; overrides tweak the item or classification. */
export function coach(draft: string, o: Overrides = {}): Finding[] {
  const platform = o.platform ?? 'facebook';
  return coachDraft({
    draft,
    platform,
    item: {
      platform,
      authorName: 'Maria Rossi',
      authorHandle: 'mrossi',
      text: 'Il mio ordine non è arrivato',
      isReply: false,
      kind: 'comment',
      ...o.item,
    },
    classification: {
      category: o.category ?? 'complaint',
      language: o.language ?? 'en',
      register: o.register,
      topics: [],
      sentiment: o.sentiment ?? -0.5,
    },
    settings: o.settings,
    action: o.action,
  });
}

/** Severity of one check's finding, or 'none' when the check did not fire. */
export function severityOf(findings: Finding[], id: string): string {
  return findings.find((f) => f.id === id)?.severity ?? 'none';
}
