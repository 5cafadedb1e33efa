/** Shared look of the panel's inline forms (handled, escalate), so they read as one family. */
export const FORM_CLASS = 'space-y-2 rounded border border-slate-300 p-2 text-[12px] dark:border-slate-600';
export const FIELD_CLASS =
  'mt-0.5 w-full rounded border border-slate-300 bg-white px-1 py-0.5 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
export const CONFIRM_CLASS =
  'rounded bg-slate-900 px-3 py-1 font-semibold text-white dark:bg-slate-100 dark:text-slate-900';
export const CANCEL_CLASS = 'rounded px-3 py-1 underline';
