/** Departments a care team escalates to (care-guidelines: who / how / when must be clear). */
export interface DepartmentDefault {
  id: string;
  name: string;
  email: string;
  handoffTemplate: string;
}

/** Placeholders a hand-off note can use; the panel fills them when escalating. */
export const HANDOFF_PLACEHOLDERS = ['department', 'customer', 'platform', 'link', 'summary', 'agent'] as const;

const HANDOFF_NOTE =
  'Hi {department} team,\n' +
  'a customer on {platform} needs your help: {customer} — {link}\n' +
  'What they wrote: {summary}\n' +
  'Please answer me (not the customer) and I will reply to them publicly.\n' +
  '{agent}';

function department(id: string, name: string): DepartmentDefault {
  return { id, name, email: '', handoffTemplate: HANDOFF_NOTE };
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
