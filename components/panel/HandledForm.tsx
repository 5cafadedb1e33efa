import { useState } from 'react';
import { OUTCOMES, type Outcome } from '@/lib/model/categories';

interface Props {
  initialOutcome: Outcome;
  /** True when the comment reads as negative: hiding it would be hiding criticism. */
  looksNegative: boolean;
  labels: Record<
    Outcome | 'outcomeLabel' | 'resolved' | 'note' | 'confirmHandled' | 'cancel' | 'negativeHideWarning',
    string
  >;
  onConfirm: (value: { outcome: Outcome; resolved: boolean; note: string }) => void;
  onCancel: () => void;
}

// Escalation has its own form (department, hand-off note).
const CHOICES = OUTCOMES.filter((outcome) => outcome !== 'escalated');

/** Outcome, "resolved" and a note; warns loudly before hiding a negative comment. */
export function HandledForm({ initialOutcome, looksNegative, labels, onConfirm, onCancel }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(initialOutcome);
  const [resolved, setResolved] = useState(false);
  const [note, setNote] = useState('');
  const hidingCriticism = outcome === 'hidden_spam' && looksNegative;
  return (
    <form
      data-testid="careside-handled-form"
      className="space-y-2 rounded border border-slate-300 p-2 text-[12px] dark:border-slate-600"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm({ outcome, resolved, note });
      }}
    >
      <fieldset>
        <legend className="font-semibold">{labels.outcomeLabel}</legend>
        {CHOICES.map((choice) => (
          <label key={choice} className="mr-3 inline-flex items-center gap-1">
            <input
              type="radio"
              name="careside-outcome"
              value={choice}
              checked={outcome === choice}
              onChange={() => setOutcome(choice)}
            />
            {labels[choice]}
          </label>
        ))}
      </fieldset>
      {hidingCriticism && (
        <p role="alert" data-testid="careside-hide-warning" className="rounded bg-red-600 p-2 font-semibold text-white">
          {labels.negativeHideWarning}
        </p>
      )}
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={resolved} onChange={(event) => setResolved(event.target.checked)} />
        {labels.resolved}
      </label>
      <label className="block">
        {labels.note}
        <input
          value={note}
          onChange={(event) => setNote(event.target.value)}
          className="mt-0.5 w-full rounded border border-slate-300 bg-white px-1 py-0.5 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
      </label>
      <div className="flex gap-2">
        <button
          type="submit"
          data-testid="careside-confirm-handled"
          className="rounded bg-slate-900 px-3 py-1 font-semibold text-white dark:bg-slate-100 dark:text-slate-900"
        >
          {labels.confirmHandled}
        </button>
        <button type="button" onClick={onCancel} className="rounded px-3 py-1 underline">
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
