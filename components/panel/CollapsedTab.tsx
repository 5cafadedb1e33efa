interface Props {
  side: 'left' | 'right';
  urgent: number;
  label: string;
  onOpen: () => void;
}

/** The slim tab left on the page edge when the panel is collapsed, with the urgent count. */
export function CollapsedTab({ side, urgent, label, onOpen }: Props) {
  return (
    <button
      type="button"
      data-testid="careside-tab"
      aria-label={label}
      onClick={onOpen}
      className={`flex flex-col items-center gap-1 bg-blue-700 px-1.5 py-3 text-[12px] font-semibold text-white shadow-lg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-400 ${
        side === 'right' ? 'right-0 rounded-l-md' : 'left-0 rounded-r-md'
      }`}
    >
      <span className="[writing-mode:vertical-rl]">CareSide</span>
      {urgent > 0 && <span className="rounded-full bg-red-600 px-1.5 text-[11px]">{urgent}</span>}
    </button>
  );
}
