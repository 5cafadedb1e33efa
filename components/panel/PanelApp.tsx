import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { sendMessage } from '@/lib/shared/messaging/client';
import { panelDictionary } from '@/lib/shared/i18n/messages/panel';
import { createTranslator } from '@/lib/shared/i18n/translate';
import type { Platform } from '@/lib/shared/model/social-item';
import { useRevisionInvalidation } from '@/lib/ui/queries/use-revision-invalidation';
import {
  countQueue,
  entriesForTab,
  isRecent,
  moveSelection,
  QUEUE_ROW_LIMIT,
  type QueueTab,
} from '@/lib/shared/triage/queue';
import type { PanelAction } from '@/lib/shared/triage/keymap';
import { useSettings } from '@/components/ui/use-settings';
import { useUiLanguage } from '@/components/ui/use-ui-language';
import { CollapsedTab } from './CollapsedTab';
import { ItemDetail, type ItemDetailHandle } from './ItemDetail';
import { PanelHeader } from './PanelHeader';
import { QueueList } from './QueueList';
import { QueueTabs } from './QueueTabs';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useClock } from './use-clock';
import { useRowLabels } from './use-row-labels';
import { useHandledIds } from './use-handled-ids';
import { usePanelKeyboard } from './use-panel-keyboard';
import { usePanelState } from './use-panel-state';
import { useFrameLayout } from './use-frame-layout';
import { useSnapshotAction } from './use-snapshot-action';
import { FollowUpsSection } from './FollowUpsSection';
import { useRowMarks } from './use-row-marks';
import { toEntry, useQueueEntries } from './use-queue-entries';
import type { PanelLink } from './remote-runtime';

export interface PanelAppProps {
  platform: Platform;
  /** The page this panel serves, through the background (remote-runtime.ts). */
  link: PanelLink;
}

/** Focuses the panel's root when the frame's focus sits on nothing (the body): never takes it from a control. */
function focusRootIfIdle(root: HTMLElement | null): void {
  const active = document.activeElement;
  if (root && (!active || active === document.body)) root.focus();
}

export function PanelApp({ platform, link }: PanelAppProps) {
  useRevisionInvalidation();
  const settings = useSettings();
  const language = useUiLanguage();
  const t = createTranslator(panelDictionary, language);
  // The frame runs in the extension's process, not on the site's main thread: no need to coalesce updates.
  const snapshot = useSyncExternalStore(link.subscribe, link.getSnapshot);
  const [panelState, setPanelState] = usePanelState(platform);
  const theme = useSyncExternalStore(link.subscribeTheme, link.getTheme);
  const now = useClock();
  // The queue is what is on screen now or was recently: a long scroll must not grow the panel's work.
  const recentItems = useMemo(() => snapshot.items.filter((tracked) => isRecent(tracked, now)), [snapshot.items, now]);
  const itemIds = useMemo(() => recentItems.map((tracked) => tracked.item.id), [recentItems]);
  const { handled, add: addHandled, backgroundError } = useHandledIds(platform, itemIds);
  const [tab, setTab] = useState<QueueTab>('open');
  const [selectedId, setSelectedId] = useState<string>();
  const [helpOpen, setHelpOpen] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const detailRef = useRef<ItemDetailHandle>(null);
  const side = panelState.side ?? settings.tone.panelSide;
  const slaMinutes = settings.sla[platform].targetMinutes;

  const { followUps, entries, handled: queueHandled } = useQueueEntries(platform, recentItems, handled, now);
  // Handled items only: no per-render work over every item read on a long feed.
  const done = useMemo(
    () => snapshot.items.filter((tracked) => queueHandled.has(tracked.item.id)).map(toEntry),
    [snapshot.items, queueHandled],
  );
  const ordered = useMemo(
    () => (tab === 'done' ? done : entriesForTab(entries, tab, queueHandled)).map((entry) => entry.tracked),
    [entries, done, tab, queueHandled],
  );
  const shown = ordered.slice(0, QUEUE_ROW_LIMIT);
  // The seeds' "monitoring system": items that name a watched keyword or the brand.
  const monitoredCount = useMemo(
    () => recentItems.filter((tracked) => tracked.monitored.length > 0).length,
    [recentItems],
  );
  const counts = { ...countQueue(entries, queueHandled, now, slaMinutes), done: done.length };
  // "Read 8 of 10": items whose text we read, of every item-like element found (unreadable markup included).
  const total = snapshot.items.length + snapshot.unreadableCount;
  const readCount = { read: total - snapshot.unreadableCount - snapshot.unreadTextCount, total };
  const selected = snapshot.items.find((tracked) => tracked.item.id === selectedId);

  const open = () => setPanelState({ ...panelState, collapsed: false });
  const select = useCallback(
    (id: string | undefined) => {
      setSelectedId(id);
      if (id) link.reveal(id);
    },
    [link],
  );
  const rowLabels = useRowLabels(language, settings.criticalTopics);
  const rowMarks = useRowMarks(platform, shown, now);
  const snapshotAction = useSnapshotAction(link.saveSnapshot, t);

  // Effect events: the subscriptions stay put while the handlers see the latest state.
  const onBadgeClick = useEffectEvent((id: string) => {
    setTab(handled.has(id) ? 'done' : 'open');
    setSelectedId(id);
    open();
  });
  const onToggle = useEffectEvent(() =>
    panelState.collapsed ? open() : setPanelState({ ...panelState, collapsed: true }),
  );
  useEffect(() => link.onBadgeClick(onBadgeClick), [link]);
  useEffect(() => link.onToggle(onToggle), [link]);
  // The keyboard comes into this frame one way only: the page focuses the frame (a badge click, the toggle
  // shortcut, Esc in the reply box CareSide filled), in the page's process, which has the user's activation.
  // The panel never moves the focus across frames itself; it only gives the frame's focus to its root when
  // nothing inside holds it, on arriving (window focus) and when it opens with the frame already focused.
  useEffect(() => {
    const onFocus = (event: FocusEvent): void => {
      if (event.target === window) focusRootIfIdle(rootRef.current);
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
  useEffect(() => {
    if (!panelState.collapsed && document.hasFocus()) focusRootIfIdle(rootRef.current);
  }, [panelState.collapsed]);
  const layoutRef = useFrameLayout(link, side, panelState.collapsed);

  const onKeyDown = usePanelKeyboard((action: PanelAction, event) => {
    const ids = shown.map((tracked) => tracked.item.id);
    if (action.type === 'next' || action.type === 'previous')
      select(moveSelection(ids, selectedId, action.type === 'next' ? 1 : -1));
    else if (action.type === 'help') setHelpOpen(true);
    else if (action.type === 'escape') {
      if (helpOpen) setHelpOpen(false);
      else if (event.target !== rootRef.current) rootRef.current?.focus();
      else (document.activeElement as HTMLElement | null)?.blur();
    } else if (action.type === 'pick') detailRef.current?.pick(action.index);
    else if (action.type === 'insert') detailRef.current?.insert();
    else if (action.type === 'copy') detailRef.current?.copy();
    else if (action.type === 'handled') detailRef.current?.openHandled();
    else if (action.type === 'escalate') detailRef.current?.openEscalate();
  });

  const themeClass = theme === 'dark' ? 'dark' : '';
  if (panelState.collapsed)
    return (
      <div ref={layoutRef} className={`${themeClass} inline-block`}>
        <CollapsedTab side={side} urgent={counts.urgent} label={t('expand', { urgent: counts.urgent })} onOpen={open} />
      </div>
    );

  return (
    <div ref={layoutRef} className={`${themeClass} inline-block`}>
      <aside
        ref={rootRef}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid="careside-panel"
        data-theme={theme}
        aria-label={t('panelLabel')}
        lang={language}
        className="flex w-[360px] flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 font-sans text-[13px] text-slate-900 outline-none focus-visible:ring-2 focus-visible:ring-blue-500 focus-visible:ring-inset dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <PanelHeader
          platformName={platform === 'x' ? 'X' : 'Facebook'}
          counts={
            t('counts', { urgent: counts.urgent, open: counts.open }) +
            (monitoredCount > 0 ? ` · ${t('monitoredCount', { count: monitoredCount })}` : '')
          }
          labels={{ help: t('help'), settings: t('openSettings'), moveSide: t('moveSide'), collapse: t('collapse') }}
          snapshot={snapshotAction}
          onHelp={() => setHelpOpen(true)}
          onSettings={() => void sendMessage('openOptions', { section: 'settings' })}
          onMoveSide={() => setPanelState({ ...panelState, side: side === 'right' ? 'left' : 'right' })}
          onCollapse={() => setPanelState({ ...panelState, collapsed: true })}
        />
        {backgroundError && (
          <p role="alert" className="text-[12px] text-red-700 dark:text-red-300">
            {t('backgroundDown')}
          </p>
        )}
        <FollowUpsSection followUps={followUps} now={now} language={language} settings={settings} runtime={link} />
        <QueueTabs
          tab={tab}
          counts={{ urgent: counts.urgent, open: counts.open, done: counts.done }}
          labels={{ urgent: t('tabUrgent'), open: t('tabOpen'), done: t('tabDone') }}
          ariaLabel={t('tabLabel')}
          onChange={setTab}
        />
        {readCount.read < readCount.total && (
          <p data-testid="careside-read-count" className="text-[12px] text-amber-800 dark:text-amber-200">
            {t('readCount', readCount)}
          </p>
        )}
        {snapshot.unreadableCount > 0 && (
          <p data-testid="careside-unreadable" className="text-[12px] text-amber-800 dark:text-amber-200">
            {snapshot.unreadableCount === 1 ? t('unreadableOne') : t('unreadable', { count: snapshot.unreadableCount })}
          </p>
        )}
        <QueueList
          items={shown}
          selectedId={selectedId}
          now={now}
          slaMinutes={slaMinutes}
          language={language}
          label={t('queueLabel')}
          emptyText={tab === 'done' ? t('emptyDone') : tab === 'urgent' ? t('emptyUrgent') : t('emptyOpen')}
          labels={rowLabels}
          marks={rowMarks}
          onSelect={select}
        />
        {ordered.length > shown.length && (
          <p className="text-[12px] text-slate-600 dark:text-slate-300">
            {t('moreItems', { count: ordered.length - shown.length })}
          </p>
        )}
        {selected ? (
          <ItemDetail
            key={selected.item.id}
            ref={detailRef}
            tracked={selected}
            runtime={link}
            settings={settings}
            language={language}
            now={now}
            onHandled={(id) => {
              addHandled(id);
              select(
                moveSelection(
                  shown.map((tracked) => tracked.item.id).filter((other) => other !== id),
                  undefined,
                  1,
                ),
              );
            }}
          />
        ) : (
          shown.length > 0 && <p className="text-[12px] text-slate-600 dark:text-slate-300">{t('selectHint')}</p>
        )}
        {helpOpen && <ShortcutsHelp language={language} closeLabel={t('close')} onClose={() => setHelpOpen(false)} />}
      </aside>
    </div>
  );
}
