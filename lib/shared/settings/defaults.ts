import { DEFAULT_CRITICAL_TOPICS } from '@/lib/shared/classify/critical-topics';
import type { CriticalTopic } from '@/lib/shared/classify/types';

/** Departments a care team escalates to (care-guidelines: who / how / when must be clear). */
export interface DepartmentDefault {
  id: string;
  name: string;
  email: string;
  handoffTemplate: string;
  answerHours: number;
}

/** Placeholders a hand-off note template can use (filled by lib/triage/handoff-note.ts). */
export const HANDOFF_PLACEHOLDERS = ['department', 'summary'] as const;

// Care asks, the department answers care, care answers the customer (care-guidelines: escalation loop).
const HANDOFF_NOTE =
  'Hi {department} team,\n\n{summary}\n\n' +
  'Please reply to customer care (not to the customer) with what we can tell them, and by when.';

function department(id: string, name: string): DepartmentDefault {
  return { id, name, email: '', handoffTemplate: HANDOFF_NOTE, answerHours: 24 };
}

export function defaultDepartments(): DepartmentDefault[] {
  return [
    department('billing', 'Billing'),
    department('logistics', 'Logistics'),
    department('technical', 'Technical support'),
    department('legal', 'Legal'),
    department('management', 'Management'),
  ];
}

/** The browser's own time zone, so business hours are right out of the box. */
export function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Rome';
  } catch {
    return 'Europe/Rome';
  }
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The classifier's topics name some departments the settings don't define by default; they are mapped
 * to the closest default department so every pre-filled topic escalates somewhere that exists.
 */
const DEPARTMENT_ALIASES: Record<string, string> = {
  tech: 'technical',
  security: 'technical',
  privacy: 'legal',
  quality: 'management',
  pr: 'management',
};

export function defaultCriticalTopics(): CriticalTopic[] {
  const known = new Set(defaultDepartments().map((department) => department.id));
  return structuredClone(DEFAULT_CRITICAL_TOPICS).map((topic) => {
    const department =
      topic.department && (known.has(topic.department) ? topic.department : DEPARTMENT_ALIASES[topic.department]);
    const { department: _dropped, ...rest } = topic;
    return department ? { ...rest, department } : rest;
  });
}
