import { useState } from 'react';
import { OUTCOMES, type Outcome } from '@/lib/shared/model/categories';
import { SATISFACTION_MARKS, type SatisfactionMark } from '@/lib/shared/stats/log-rows';
import { FORM_CLASS, FIELD_CLASS, CONFIRM_CLASS, CANCEL_CLASS } from './form-styles';

interface Props {
  initialOutcome: Outcome;
  /** True when the comment reads as negative: hiding it would be hiding criticism. */
  looksNegative: boolean;
  labels: Record<
    | Outcome
    | SatisfactionMark
    | 'outcomeLabel'
    | 'resolved'
    | 'note'
    | 'confirmHandled'
    | 'cancel'
    | 'negativeHideWarning'
    | 'satisfactionLabel'
    | 'satisfactionHint'
    | 'satisfactionNone',
    string
  >;
  onConfirm: (value: { outcome: Outcome; resolved: boolean; note: string; satisfaction?: SatisfactionMark }) => void;
  onCancel: () => void;
}

// Escalation has its own form (department, hand-off note).
const CHOICES = OUTCOMES.filter((outcome) => outcome !== 'escalated');

/**
 * Outcome, "resolved", an optional satisfaction mark (asked in the closing reply or noted by hand) and a
 * note; warns loudly before hiding a negative comment.
 */
export function HandledForm({ initialOutcome, looksNegative, labels, onConfirm, onCancel }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(initialOutcome);
  const [resolved, setResolved] = useState(false);
  const [note, setNote] = useState('');
  const [satisfaction, setSatisfaction] = useState<SatisfactionMark | undefined>();
  const hidingCriticism = outcome === 'hidden_spam' && looksNegative;
  return (
    <form
      data-testid="careside-handled-form"
      className={FORM_CLASS}
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm({ outcome, resolved, note, satisfaction });
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
      <fieldset data-testid="careside-satisfaction" aria-describedby="careside-satisfaction-hint">
        <legend className="font-semibold">{labels.satisfactionLabel}</legend>
        {([undefined, ...SATISFACTION_MARKS] as const).map((mark) => (
          <label key={mark ?? 'none'} className="mr-3 inline-flex items-center gap-1">
            <input
              type="radio"
              name="careside-satisfaction"
              value={mark ?? ''}
              checked={satisfaction === mark}
              onChange={() => setSatisfaction(mark)}
            />
            {mark ? labels[mark] : labels.satisfactionNone}
          </label>
        ))}
        <p id="careside-satisfaction-hint" className="text-slate-600 dark:text-slate-300">
          {labels.satisfactionHint}
        </p>
      </fieldset>
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
