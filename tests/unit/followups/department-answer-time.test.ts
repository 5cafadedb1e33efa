import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '@/lib/shared/settings';

describe("a department's answer time (settings)", () => {
  it('defaults to 24 h, also for departments saved before the field existed', () => {
    expect(defaultSettings().departments.every((department) => department.answerHours === 24)).toBe(true);
    const old = settingsSchema.parse({ departments: [{ id: 'billing', name: 'Billing' }] });
    expect(old.departments[0]).toMatchObject({ id: 'billing', answerHours: 24 });
  });

  it('takes whole hours from 1 to 720', () => {
    const parse = (answerHours: number) =>
      settingsSchema.safeParse({ departments: [{ id: 'billing', name: 'Billing', answerHours }] }).success;
    expect([1, 8, 720].map(parse)).toEqual([true, true, true]);
    expect([0, 1.5, 721].map(parse)).toEqual([false, false, false]);
  });
});
