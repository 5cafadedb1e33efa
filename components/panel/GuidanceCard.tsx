import { guidanceFor } from '@/lib/shared/triage/guidance';
import type { Category } from '@/lib/shared/model/categories';
import type { UiLanguage } from '@/lib/shared/i18n/translate';

interface Props {
  category: Category;
  language: UiLanguage;
  labels: { guidance: string; expects: string; doThis: string; avoid: string };
}

/** The guideline card for this kind of comment, collapsed by default so the draft stays in view. */
export function GuidanceCard({ category, language, labels }: Props) {
  const card = guidanceFor(category, language);
  return (
    <details
      data-testid="careside-guidance"
      className="rounded border border-slate-200 px-2 py-1 text-[12px] dark:border-slate-700"
    >
      <summary className="cursor-pointer font-semibold">
        {labels.guidance}: <span className="font-normal">{card.doThis[0]}</span>
      </summary>
      <p className="mt-1">
        <span className="font-medium">{labels.expects}:</span> {card.expects}
      </p>
      <p className="mt-1 font-medium">{labels.doThis}</p>
      <ul className="list-disc pl-4">
        {card.doThis.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="mt-1 font-medium">{labels.avoid}</p>
      <ul className="list-disc pl-4">
        {card.avoid.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
