/** Placeholder until this section lands. */
export function DashboardPage() {
  return <p className="text-sm text-slate-600">DashboardPage</p>;
}
