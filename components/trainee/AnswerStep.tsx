import type { Ref } from 'react';
import type { RankedTemplate } from '@/lib/shared/templates/rank';
import { PRACTICE_ACTIONS, type PracticeAction } from '@/lib/shared/training/schema';

interface Props {
  action: PracticeAction;
  reply: string;
  suggestions: RankedTemplate[];
  previews: string[];
  disabled: boolean;
  labels: {
    heading: string;
    hint: string;
    actionLabel: string;
    action: (a: PracticeAction) => string;
    suggested: string;
    none: string;
    pick: (n: number, title: string) => string;
    draft: string;
    check: string;
    checkHint: string;
  };
  onAction: (action: PracticeAction) => void;
  onReply: (text: string) => void;
  onPick: (index: number) => void;
  onCheck: () => void;
  /** The reply box, so the page can move the focus to it once the comment is classified. */
  replyRef: Ref<HTMLTextAreaElement>;
}

const primary =
  'rounded-md border border-blue-700 bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-50';

/** Reply (from a suggested template or written), ignore, or hide/report; then the coach checks it. */
export function AnswerStep(props: Props) {
  const { action, reply, suggestions, previews, disabled, labels } = props;
  return (
    <section aria-labelledby="trainee-answer" className="space-y-3">
      <h3 id="trainee-answer" className="text-sm font-semibold">
        {labels.heading} <span className="font-normal text-slate-600">{labels.hint}</span>
      </h3>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm" disabled={disabled}>
        <legend className="sr-only">{labels.actionLabel}</legend>
        {PRACTICE_ACTIONS.map((value) => (
          <label key={value} className="flex items-center gap-1.5">
            <input
              type="radio"
              name="trainee-action"
              value={value}
              checked={action === value}
              onChange={() => props.onAction(value)}
              className="accent-blue-700"
            />
            {labels.action(value)}
          </label>
        ))}
      </fieldset>
      {action === 'reply' && (
        <>
          <div aria-label={labels.suggested} role="group">
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{labels.suggested}</p>
            {suggestions.length === 0 ? (
              <p className="text-sm text-slate-600">{labels.none}</p>
            ) : (
              <ol className="mt-1 space-y-1" data-testid="trainee-suggestions">
                {suggestions.map((suggestion, index) => (
                  <li key={suggestion.template.id}>
                    <button
                      type="button"
                      disabled={disabled}
                      aria-label={labels.pick(index + 1, suggestion.template.title)}
                      aria-keyshortcuts={`Alt+${index + 1}`}
                      onClick={() => props.onPick(index)}
                      className="w-full rounded border border-slate-200 bg-white px-2 py-1 text-left text-sm hover:border-blue-400 focus-visible:outline-2 focus-visible:outline-blue-600"
                    >
                      <kbd className="mr-1 rounded bg-slate-200 px-1 text-xs text-slate-700">Alt+{index + 1}</kbd>
                      <span className="font-semibold">{suggestion.template.title}</span>
                      <span className="block truncate text-slate-600">{previews[index]}</span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </div>
          <label className="block text-sm font-medium">
            {labels.draft}
            <textarea
              ref={props.replyRef}
              data-testid="trainee-reply"
              value={reply}
              readOnly={disabled}
              onChange={(event) => props.onReply(event.target.value)}
              rows={5}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white p-2 text-sm font-normal focus-visible:outline-2 focus-visible:outline-blue-600"
            />
          </label>
        </>
      )}
      {!disabled && (
        <button
          type="button"
          data-testid="trainee-check"
          aria-keyshortcuts="Control+Enter"
          disabled={action === 'reply' && !reply.trim()}
          onClick={props.onCheck}
          className={primary}
        >
          {labels.check} <span className="font-normal">({labels.checkHint})</span>
        </button>
      )}
    </section>
  );
}
