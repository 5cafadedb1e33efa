interface Props {
  platformName: string;
  counts: string;
  labels: { help: string; settings: string; moveSide: string; collapse: string };
  onHelp: () => void;
  onSettings: () => void;
  onMoveSide: () => void;
  onCollapse: () => void;
}

const ICON_BUTTON =
  'rounded px-1.5 py-0.5 text-[13px] hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800';

export function PanelHeader({ platformName, counts, labels, onHelp, onSettings, onMoveSide, onCollapse }: Props) {
  return (
    <header className="flex items-center gap-1">
      <h2 className="text-[14px] font-semibold">CareSide · {platformName}</h2>
      <span data-testid="careside-counts" className="ml-auto mr-1 text-[12px] text-slate-600 dark:text-slate-300">
        {counts}
      </span>
      <button
        type="button"
        aria-label={labels.help}
        title={`${labels.help} (?)`}
        onClick={onHelp}
        className={ICON_BUTTON}
      >
        ?
      </button>
      <button
        type="button"
        aria-label={labels.settings}
        title={labels.settings}
        onClick={onSettings}
        className={ICON_BUTTON}
      >
        ⚙
      </button>
      <button
        type="button"
        aria-label={labels.moveSide}
        title={labels.moveSide}
        onClick={onMoveSide}
        className={ICON_BUTTON}
      >
        ⇄
      </button>
      <button
        type="button"
        aria-label={labels.collapse}
        title={labels.collapse}
        data-testid="careside-collapse"
        onClick={onCollapse}
        className={ICON_BUTTON}
      >
        ›
      </button>
    </header>
  );
}
