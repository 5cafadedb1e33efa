interface Props {
  canInsert: boolean;
  labels: { insert: string; copy: string; handled: string; escalate: string };
  onInsert: () => void;
  onCopy: () => void;
  onHandled: () => void;
  onEscalate: () => void;
}

const BUTTON = 'rounded px-2.5 py-1 text-[13px] font-medium focus-visible:outline-2 focus-visible:outline-blue-600';

/** One click or one key each: I insert, C copy, H handled, E escalate. Send stays on the site, pressed by a person. */
export function ActionBar({ canInsert, labels, onInsert, onCopy, onHandled, onEscalate }: Props) {
  return (
    <div className="flex flex-wrap gap-1.5">
      <button
        type="button"
        data-testid="careside-insert"
        aria-disabled={!canInsert}
        aria-keyshortcuts="I"
        onClick={onInsert}
        title="I"
        className={`${BUTTON} bg-blue-700 text-white aria-disabled:opacity-50`}
      >
        {labels.insert} <kbd className="text-[10px] opacity-80">I</kbd>
      </button>
      <button
        type="button"
        data-testid="careside-copy"
        aria-keyshortcuts="C"
        onClick={onCopy}
        title="C"
        className={`${BUTTON} border border-slate-300 dark:border-slate-600`}
      >
        {labels.copy} <kbd className="text-[10px] opacity-70">C</kbd>
      </button>
      <button
        type="button"
        data-testid="careside-handled"
        aria-keyshortcuts="H"
        onClick={onHandled}
        title="H"
        className={`${BUTTON} border border-slate-300 dark:border-slate-600`}
      >
        {labels.handled} <kbd className="text-[10px] opacity-70">H</kbd>
      </button>
      <button
        type="button"
        data-testid="careside-escalate"
        aria-keyshortcuts="E"
        onClick={onEscalate}
        title="E"
        className={`${BUTTON} border border-slate-300 dark:border-slate-600`}
      >
        {labels.escalate} <kbd className="text-[10px] opacity-70">E</kbd>
      </button>
    </div>
  );
}
