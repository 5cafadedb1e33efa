interface Props {
  canInsert: boolean;
  labels: { insert: string; copy: string; handled: string; escalate: string };
  onInsert: () => void;
  onCopy: () => void;
  onHandled: () => void;
  onEscalate: () => void;
}

const BUTTON = 'rounded px-2.5 py-1 text-[13px] font-medium focus-visible:outline-2 focus-visible:outline-blue-600';
const PRIMARY = `${BUTTON} bg-blue-700 text-white aria-disabled:opacity-50`;
const SECONDARY = `${BUTTON} border border-slate-300 dark:border-slate-600`;

/** One click or one key each: I insert, C copy, H handled, E escalate. Send stays on the site, pressed by a person. */
export function ActionBar({ canInsert, labels, onInsert, onCopy, onHandled, onEscalate }: Props) {
  const actions = [
    { id: 'insert', key: 'I', label: labels.insert, onClick: onInsert, className: PRIMARY, disabled: !canInsert },
    { id: 'copy', key: 'C', label: labels.copy, onClick: onCopy, className: SECONDARY },
    { id: 'handled', key: 'H', label: labels.handled, onClick: onHandled, className: SECONDARY },
    { id: 'escalate', key: 'E', label: labels.escalate, onClick: onEscalate, className: SECONDARY },
  ];
  return (
    <div className="flex flex-wrap gap-1.5">
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          data-testid={`careside-${action.id}`}
          // aria-disabled, not disabled: a blocked Insert still explains why when pressed.
          aria-disabled={action.disabled || undefined}
          aria-keyshortcuts={action.key}
          title={action.key}
          onClick={action.onClick}
          className={action.className}
        >
          {action.label} <kbd className="text-[10px] opacity-75">{action.key}</kbd>
        </button>
      ))}
    </div>
  );
}
