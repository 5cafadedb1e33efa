import { shortcutsDictionary } from '@/lib/shared/i18n/messages/shortcuts';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';

interface Props {
  language: UiLanguage;
  closeLabel: string;
  onClose: () => void;
}

/** The "?" overlay listing every shortcut (also shown in the buttons' tooltips). */
export function ShortcutsHelp({ language, closeLabel, onClose }: Props) {
  const t = createTranslator(shortcutsDictionary, language);
  const title = t('shortcutsTitle');
  const rows: [string, string][] = [
    ['J / K', t('kbJK')],
    ['1 2 3', t('kb13')],
    ['I', t('kbI')],
    ['C', t('kbC')],
    ['H', t('kbH')],
    ['E', t('kbE')],
    ['?', t('kbHelp')],
    ['Esc', t('kbEsc')],
    ['Alt+Shift+C', t('kbToggle')],
  ];
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={title}
      data-testid="careside-help"
      className="absolute inset-0 z-10 overflow-y-auto rounded-lg bg-white/95 p-4 dark:bg-slate-900/95"
    >
      <h2 className="mb-2 text-[14px] font-semibold">{title}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-[13px]">
        {rows.map(([keys, description]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 px-1 font-mono text-[12px] dark:border-slate-600">
                {keys}
              </kbd>
            </dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        autoFocus
        onClick={onClose}
        className="mt-3 rounded bg-slate-900 px-3 py-1 text-white dark:bg-slate-100 dark:text-slate-900"
      >
        {closeLabel}
      </button>
    </div>
  );
}
