import { useState } from 'react';
import { OUTCOMES, type Outcome } from '@/lib/shared/model/categories';
import { FORM_CLASS, FIELD_CLASS, CONFIRM_CLASS, CANCEL_CLASS } from './form-styles';

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
      className={FORM_CLASS}
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
        <input value={note} onChange={(event) => setNote(event.target.value)} className={FIELD_CLASS} />
      </label>
      <div className="flex gap-2">
        <button type="submit" data-testid="careside-confirm-handled" className={CONFIRM_CLASS}>
          {labels.confirmHandled}
        </button>
        <button type="button" onClick={onCancel} className={CANCEL_CLASS}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
