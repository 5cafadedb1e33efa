import type { SnapshotAction } from './use-snapshot-action';

interface Props {
  platformName: string;
  counts: string;
  labels: { help: string; settings: string; moveSide: string; collapse: string };
  snapshot: SnapshotAction;
  onHelp: () => void;
  onSettings: () => void;
  onMoveSide: () => void;
  onCollapse: () => void;
}

const ICON_BUTTON =
  'rounded px-1.5 py-0.5 text-[13px] hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800';

export function PanelHeader(props: Props) {
  const { platformName, counts, labels, snapshot, onHelp, onSettings, onMoveSide, onCollapse } = props;
  return (
    <>
      <header className="flex items-center gap-1">
        <h2 className="text-[14px] font-semibold">CareSide · {platformName}</h2>
        <span data-testid="careside-counts" className="ml-auto mr-1 text-[12px] text-slate-600 dark:text-slate-300">
          {counts}
        </span>
        {[
          {
            icon: '⤓',
            label: snapshot.label,
            title: snapshot.label,
            onClick: snapshot.save,
            testId: 'careside-snapshot',
          },
          { icon: '?', label: labels.help, title: `${labels.help} (?)`, onClick: onHelp },
          { icon: '⚙', label: labels.settings, title: labels.settings, onClick: onSettings },
          {
            icon: '⇄',
            label: labels.moveSide,
            title: labels.moveSide,
            onClick: onMoveSide,
            testId: 'careside-move-side',
          },
          {
            icon: '›',
            label: labels.collapse,
            title: labels.collapse,
            onClick: onCollapse,
            testId: 'careside-collapse',
          },
        ].map((button) => (
          <button
            key={button.icon}
            type="button"
            aria-label={button.label}
            title={button.title}
            data-testid={button.testId}
            onClick={button.onClick}
            className={ICON_BUTTON}
          >
            {button.icon}
          </button>
        ))}
      </header>
      {snapshot.note && (
        <p
          role="status"
          data-testid="careside-snapshot-note"
          className="text-[12px] text-slate-700 dark:text-slate-200"
        >
          {snapshot.note}
        </p>
      )}
    </>
  );
}
