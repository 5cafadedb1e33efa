import { CATEGORIES, type Category } from '@/lib/shared/model/categories';

interface Props {
  chosen: Category | undefined;
  disabled: boolean;
  labels: { heading: string; hint: string; category: (c: Category) => string };
  onChoose: (category: Category) => void;
}

/** Six buttons, one per kind; keys 1-6 press them (see TraineePage). */
export function ClassifyStep({ chosen, disabled, labels, onChoose }: Props) {
  return (
    <section aria-labelledby="trainee-classify" className="space-y-2">
      <h3 id="trainee-classify" className="text-sm font-semibold">
        {labels.heading} <span className="font-normal text-slate-600">({labels.hint})</span>
      </h3>
      <div className="flex flex-wrap gap-2" data-testid="trainee-categories">
        {CATEGORIES.map((category, index) => (
          <button
            key={category}
            type="button"
            disabled={disabled && chosen !== category}
            aria-pressed={chosen === category}
            aria-keyshortcuts={String(index + 1)}
            onClick={() => onChoose(category)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-blue-500 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50 aria-pressed:border-blue-700 aria-pressed:bg-blue-50 aria-pressed:font-semibold aria-pressed:text-blue-900"
          >
            <kbd className="mr-1.5 rounded bg-slate-200 px-1 text-xs text-slate-700">{index + 1}</kbd>
            {labels.category(category)}
          </button>
        ))}
      </div>
    </section>
  );
}
