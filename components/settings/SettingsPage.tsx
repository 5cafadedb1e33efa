/** Placeholder until this section lands. */
export function SettingsPage() {
  return <p className="text-sm text-slate-600">SettingsPage</p>;
}
