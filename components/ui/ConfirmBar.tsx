interface Props {
  id: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** 'danger' (data is deleted) puts focus on Cancel, so Enter never destroys anything by accident. */
  tone: 'danger' | 'warning';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const BUTTON =
  'rounded-md border px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50';
const TONES = {
  danger: {
    box: 'border-red-300 bg-red-50 text-red-900',
    confirm: 'border-red-600 bg-red-600 text-white hover:bg-red-700',
  },
  warning: {
    box: 'border-amber-300 bg-amber-50 text-amber-950',
    confirm: 'border-blue-700 bg-blue-700 text-white hover:bg-blue-800',
  },
} as const;

/** An inline "are you sure?" for destructive or sweeping actions (wipe, reset), announced as an alert dialog. */
export function ConfirmBar({ id, question, confirmLabel, cancelLabel, tone, busy, onConfirm, onCancel }: Props) {
  const style = TONES[tone];
  return (
    <div
      role="alertdialog"
      aria-labelledby={id}
      className={`flex flex-wrap items-center gap-2 rounded-md border p-3 text-sm ${style.box}`}
    >
      <p id={id} className="w-full">
        {question}
      </p>
      <button
        type="button"
        className={`${BUTTON} ${style.confirm}`}
        onClick={onConfirm}
        disabled={busy}
        autoFocus={tone === 'warning'}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className={`${BUTTON} border-slate-300 bg-white text-slate-900 hover:bg-slate-50`}
        onClick={onCancel}
        autoFocus={tone === 'danger'}
      >
        {cancelLabel}
      </button>
    </div>
  );
}
