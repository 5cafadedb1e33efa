import type { BrandFactVariable } from '@/lib/shared/templates/brand-facts';
import type { RankedTemplate } from '@/lib/shared/templates/rank';

interface Props {
  suggestions: RankedTemplate[];
  previews: string[];
  /** Per suggestion, the brand facts it needs that settings leave unset. */
  unset: BrandFactVariable[][];
  activeId: string | undefined;
  labels: {
    suggested: string;
    none: string;
    pick: (n: number, title: string) => string;
    missingFact: (fact: BrandFactVariable) => string;
  };
  onPick: (index: number) => void;
  /** A template waiting for a brand fact opens the settings where it is set. */
  onSetFacts: () => void;
}

/**
 * The top 3 templates, already filled in; 1-3 on the keyboard picks one. One that states a brand fact the
 * brand has not set is disabled and says which setting it waits for, instead of inventing it.
 */
export function SuggestionList({ suggestions, previews, unset, activeId, labels, onPick, onSetFacts }: Props) {
  return (
    <section aria-label={labels.suggested}>
      <h3 className="text-[12px] font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {labels.suggested}
      </h3>
      {suggestions.length === 0 ? (
        <p className="text-[12px] text-slate-600 dark:text-slate-300">{labels.none}</p>
      ) : (
        <ol data-testid="careside-suggestions" className="space-y-1">
          {suggestions.map((suggestion, index) => {
            const missing = unset[index] ?? [];
            const disabled = missing.length > 0;
            return (
              <li key={suggestion.template.id}>
                <button
                  type="button"
                  aria-label={labels.pick(index + 1, suggestion.template.title)}
                  aria-pressed={activeId === suggestion.template.id}
                  aria-disabled={disabled || undefined}
                  data-template-id={suggestion.template.id}
                  onClick={() => (disabled ? onSetFacts() : onPick(index))}
                  className="w-full rounded border border-slate-200 px-2 py-1 text-left text-[12px] hover:border-blue-400 aria-disabled:border-dashed aria-disabled:text-slate-500 aria-pressed:border-blue-600 aria-pressed:bg-blue-50 dark:border-slate-700 dark:aria-pressed:bg-slate-800"
                >
                  <span className="font-semibold">
                    <kbd className="mr-1 rounded bg-slate-200 px-1 text-[11px] dark:bg-slate-700">{index + 1}</kbd>
                    {suggestion.template.title}
                  </span>
                  {disabled ? (
                    <span data-testid="careside-fact-hint" className="block text-amber-800 dark:text-amber-200">
                      {missing.map(labels.missingFact).join(' · ')}
                    </span>
                  ) : (
                    <span className="block truncate text-slate-600 dark:text-slate-300">{previews[index]}</span>
                  )}
                  <span className="block text-[11px] italic text-slate-500 dark:text-slate-400">
                    {suggestion.reason}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
