import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import type { TrackedItem } from '@/lib/shared/model/queue';
import type { PanelActions } from './remote-runtime';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';
import { X_LIMIT } from '@/lib/shared/templates/x-length';
import { outcomeLabels } from '@/lib/shared/i18n/messages/outcomes';
import { panelDictionary } from '@/lib/shared/i18n/messages/panel';
import type { Outcome } from '@/lib/shared/model/categories';
import type { Settings } from '@/lib/shared/settings';
import { topicLabel } from '@/lib/shared/triage/topic-labels';
import { sendMessage } from '@/lib/shared/messaging/client';
import { BRAND_FACTS } from '@/lib/shared/templates/brand-facts';
import { cleanDisplayName } from '@/lib/shared/templates/person-name';
import { ActionBar } from './ActionBar';
import { DraftBox } from './DraftBox';
import { EscalateForm } from './EscalateForm';
import { GuidanceCard } from './GuidanceCard';
import { HandledForm } from './HandledForm';
import { ItemSummary } from './ItemSummary';
import { CustomerHistory } from './CustomerHistory';
import { SuggestionList } from './SuggestionList';
import { useLogHandled, type HandledAction } from './use-log-handled';
import { useReplyDraft } from './use-reply-draft';

export interface ItemDetailHandle {
  pick(index: number): void;
  insert(): void;
  copy(): void;
  openHandled(): void;
  openEscalate(): void;
}

interface Props {
  tracked: TrackedItem;
  runtime: PanelActions;
  settings: Settings;
  language: UiLanguage;
  now: number;
  onHandled: (id: string) => void;
}

function defaultOutcome(tracked: TrackedItem): Outcome {
  if (tracked.classification.troll) return 'ignored_troll';
  if (tracked.classification.category === 'spam') return 'hidden_spam';
  return 'replied_public';
}

/** The "how do I reply?" half of the panel for the selected item. */
export const ItemDetail = forwardRef<ItemDetailHandle, Props>(function ItemDetail(
  { tracked, runtime, settings, language, now, onHandled },
  ref,
) {
  const t = createTranslator(panelDictionary, language);
  const reply = useReplyDraft(tracked, settings);
  const logHandled = useLogHandled();
  const [form, setForm] = useState<'none' | 'handled' | 'escalate'>('none');
  const [status, setStatus] = useState('');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const canInsert = reply.draft.trim().length > 0 && reply.missing.length === 0;

  const insert = async () => {
    if (!canInsert) {
      setStatus(reply.missing.length ? t('missingVars', { names: reply.missing.join(', ') }) : t('draftPlaceholder'));
      return;
    }
    const result = await runtime.insertReply(tracked.item.id, reply.draft);
    setStatus(result.ok ? t('inserted') : t('insertFailed', { reason: result.message ?? result.method }));
  };
  const copy = async () => {
    await navigator.clipboard.writeText(reply.draft).catch(() => {});
    setStatus(t('copied'));
  };
  const finish = (action: HandledAction) => {
    logHandled.mutate(
      { tracked, action: { ...action, templateId: reply.templateId } },
      {
        onSuccess: () => {
          runtime.markHandled(tracked.item.id);
          onHandled(tracked.item.id);
        },
        onError: (error) => setStatus(t('logFailed', { reason: error.message })),
      },
    );
  };

  useImperativeHandle(ref, () => ({
    pick: (index) => {
      reply.pick(index);
      textareaRef.current?.focus();
    },
    insert: () => void insert(),
    copy: () => void copy(),
    openHandled: () => setForm('handled'),
    openEscalate: () => setForm('escalate'),
  }));

  return (
    <div
      data-testid="careside-detail"
      data-item-id={tracked.item.id}
      data-is-reply={tracked.item.isReply}
      data-author-handle={tracked.item.authorHandle}
      className="space-y-2 border-t border-slate-200 pt-2 dark:border-slate-700"
    >
      <ItemSummary
        tracked={tracked}
        now={now}
        language={language}
        t={t}
        topicName={(id) => topicLabel(id, settings.criticalTopics, language)}
        onReveal={() => runtime.reveal(tracked.item.id)}
      />
      <CustomerHistory
        item={tracked.item}
        language={language}
        departments={settings.departments}
        categoryName={(category) => t(`cat_${category}` as Parameters<typeof t>[0])}
      />
      <GuidanceCard
        category={tracked.classification.troll ? 'troll' : tracked.classification.category}
        language={language}
        labels={{ guidance: t('guidance'), expects: t('expects'), doThis: t('doThis'), avoid: t('avoid') }}
      />
      <SuggestionList
        suggestions={reply.suggestions}
        previews={reply.previews}
        unset={reply.unset}
        activeId={reply.templateId}
        labels={{
          suggested: t('suggested'),
          none: reply.loading ? t('loading') : t('noTemplates'),
          pick: (n, title) => t('pickTemplate', { n, title }),
          missingFact: (fact) => t(`${BRAND_FACTS[fact]}Missing`),
        }}
        onPick={(index) => reply.pick(index)}
        onSetFacts={() => void sendMessage('openOptions', { section: 'settings' })}
      />
      <DraftBox
        draft={reply.draft}
        onChange={reply.setDraft}
        platform={tracked.item.platform}
        findings={reply.findings}
        missing={reply.missing}
        language={language}
        textareaRef={textareaRef}
        onFill={reply.fillVariable}
        nameSuggestion={reply.nameSuggestion}
        onGreetWithoutName={reply.greetWithoutName}
        labels={{
          askName: t('askName', { display: cleanDisplayName(tracked.item.authorName) }),
          greetWithoutName: t('greetWithoutName'),
          draft: t('draftLabel'),
          placeholder: t('draftPlaceholder'),
          coach: t('coachLabel'),
          missing: (names) => t('missingVars', { names }),
          xLength: (count, over) => t(over ? 'xLengthOver' : 'xLength', { count, limit: X_LIMIT }),
        }}
      />
      <ActionBar
        canInsert={canInsert}
        labels={{ insert: t('insert'), copy: t('copy'), handled: t('handled'), escalate: t('escalate') }}
        onInsert={() => void insert()}
        onCopy={() => void copy()}
        onHandled={() => setForm('handled')}
        onEscalate={() => setForm('escalate')}
      />
      <p
        role="status"
        data-testid="careside-status-line"
        className="min-h-4 text-[12px] text-slate-700 dark:text-slate-200"
      >
        {status}
      </p>
      {form === 'handled' && (
        <HandledForm
          initialOutcome={defaultOutcome(tracked)}
          looksNegative={tracked.classification.category === 'complaint' || tracked.classification.sentiment < -0.3}
          labels={{
            outcomeLabel: t('outcomeLabel'),
            resolved: t('resolved'),
            note: t('note'),
            confirmHandled: t('confirmHandled'),
            cancel: t('cancel'),
            negativeHideWarning: t('negativeHideWarning'),
            ...outcomeLabels[language],
            satisfactionLabel: t('satisfactionLabel'),
            satisfactionHint: t('satisfactionHint'),
            satisfactionNone: t('satisfactionNone'),
            satisfied: t('satisfied'),
            neutral: t('neutral'),
            unhappy: t('unhappy'),
          }}
          onConfirm={(value) => finish(value)}
          onCancel={() => setForm('none')}
        />
      )}
      {form === 'escalate' && (
        <EscalateForm
          tracked={tracked}
          settings={settings}
          language={language}
          draft={reply.draft}
          labels={{
            department: t('department'),
            promised: t('promised'),
            handoffNote: t('handoffNote'),
            copyNote: t('copyNote'),
            sendEmail: t('sendEmail'),
            confirmEscalate: t('confirmEscalate'),
            cancel: t('cancel'),
            copied: t('copied'),
          }}
          onConfirm={({ department, note }) => finish({ outcome: 'escalated', resolved: false, department, note })}
          onCancel={() => setForm('none')}
        />
      )}
    </div>
  );
});
