import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITICAL_TOPICS } from '@/lib/shared/classify/critical-topics';
import { defaultSettings, settingsSchema } from '@/lib/shared/settings';

describe('settings defaults', () => {
  const defaults = defaultSettings();

  it('follow the care guidelines', () => {
    expect(defaults.sla).toEqual({ x: { targetMinutes: 60 }, facebook: { targetMinutes: 60 } });
    expect(defaults.departments.map((department) => department.id)).toEqual([
      'billing',
      'logistics',
      'technical',
      'legal',
      'management',
    ]);
    expect(defaults.tone).toEqual({
      italianRegister: 'mirror',
      emoji: 'when_solved',
      uiLanguage: 'auto',
      badges: true,
      panelSide: 'right',
    });
    expect(defaults.privacy.storeText).toBe(false);
    expect(defaults.businessHours).toMatchObject({
      enabled: false,
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '18:00',
    });
    expect(defaults.brand).toEqual({
      names: [],
      ownHandles: { x: [], facebook: [] },
      agentSignature: '',
      privateChannelLink: '',
      // No brand fact is assumed: a reply states only what the brand set.
      facts: {
        openingHours: '',
        shippingTimes: '',
        shippingAbroad: '',
        orderCutoff: '',
        returnWindow: '',
        refundTime: '',
        followUpTime: '',
      },
    });
  });

  it('pre-fill the critical topics from the classifier, valid and stable under parsing', () => {
    expect(defaults.criticalTopics.map(({ id, label, phrases }) => ({ id, label, phrases }))).toEqual(
      DEFAULT_CRITICAL_TOPICS.map(({ id, label, phrases }) => ({ id, label, phrases })),
    );
    expect(settingsSchema.shape.criticalTopics.parse(defaults.criticalTopics)).toEqual(defaults.criticalTopics);
    expect(defaults.criticalTopics.length).toBeGreaterThanOrEqual(8);
  });

  it('let every pre-filled topic escalate to a department that exists', () => {
    const departments = new Set(defaults.departments.map((department) => department.id));
    for (const topic of defaults.criticalTopics) {
      expect(topic.department === undefined || departments.has(topic.department), topic.id).toBe(true);
    }
    expect(defaults.criticalTopics.find((topic) => topic.id === 'double_charge')?.department).toBe('billing');
  });

  it('are fresh objects each time', () => {
    const first = defaultSettings();
    first.brand.names.push('Acme');
    first.criticalTopics[0].phrases.push('mutated');
    const second = defaultSettings();
    expect(second.brand.names).toEqual([]);
    expect(second.criticalTopics[0].phrases).not.toContain('mutated');
  });

  it('survive a JSON round trip unchanged', () => {
    expect(settingsSchema.parse(JSON.parse(JSON.stringify(defaults)))).toEqual(defaults);
  });
});

describe('settings schema', () => {
  const parse = (patch: Record<string, unknown>) => settingsSchema.safeParse({ ...defaultSettings(), ...patch });

  it('normalises handles (no @, lower case) and phrases (lower case)', () => {
    const result = settingsSchema.parse({
      brand: { ownHandles: { x: [' @AcmeCare '], facebook: ['Acme.Italia'] } },
      criticalTopics: [{ id: 'recall', label: 'Recall', phrases: ['  Product RECALL '] }],
    });
    expect(result.brand.ownHandles).toEqual({ x: ['acmecare'], facebook: ['acme.italia'] });
    expect(result.criticalTopics[0].phrases).toEqual(['product recall']);
  });

  it.each([
    [
      'an SLA of zero minutes',
      { sla: { x: { targetMinutes: 0 }, facebook: { targetMinutes: 60 } } },
      'sla.x.targetMinutes',
    ],
    [
      'a time that is not HH:MM',
      { businessHours: { ...defaultSettings().businessHours, start: '9am' } },
      'businessHours.start',
    ],
    [
      'an unknown time zone',
      { businessHours: { ...defaultSettings().businessHours, timeZone: 'Mars/Olympus' } },
      'businessHours.timeZone',
    ],
    [
      'a day listed twice',
      { businessHours: { ...defaultSettings().businessHours, days: [1, 1] } },
      'businessHours.days.1',
    ],
    [
      'a department email that is not one',
      { departments: [{ id: 'billing', name: 'Billing', email: 'nope' }] },
      'departments.0.email',
    ],
    ['a topic without phrases', { criticalTopics: [{ id: 'x', label: 'X', phrases: [] }] }, 'criticalTopics.0.phrases'],
    [
      'two topics with one id',
      {
        criticalTopics: [
          { id: 'a', label: 'A', phrases: ['a'] },
          { id: 'a', label: 'B', phrases: ['b'] },
        ],
      },
      'criticalTopics.1.id',
    ],
    ['an unknown register', { tone: { ...defaultSettings().tone, italianRegister: 'voi' } }, 'tone.italianRegister'],
    ['a negative retention', { privacy: { storeText: false, retentionDays: -1 } }, 'privacy.retentionDays'],
  ])('rejects %s', (_name, patch, path) => {
    const result = parse(patch);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it('accepts an empty department email and no retention limit', () => {
    expect(parse({ privacy: { storeText: true, retentionDays: null } }).success).toBe(true);
    expect(parse({ departments: [{ id: 'care', name: 'Care', email: '', handoffTemplate: '' }] }).success).toBe(true);
  });
});
