/** Placeholder until this section lands. */
export function TemplateManager() {
  return <p className="text-sm text-slate-600">TemplateManager</p>;
}
