import { useState, type FormEvent } from 'react';
import { useSettingsSnapshot } from '@/components/ui/use-settings';
import { useUiLanguage } from '@/components/ui/use-ui-language';
import { settingsDictionary } from '@/lib/shared/i18n/messages/settings';
import { createTranslator } from '@/lib/shared/i18n/translate';
import { saveSettings, type FieldIssue, type SaveResult, type Settings } from '@/lib/shared/settings';
import { AlertsSection } from './AlertsSection';
import { BrandSection } from './BrandSection';
import { CriticalTopicsSection } from './CriticalTopicsSection';
import { DepartmentsSection } from './DepartmentsSection';
import { primaryButtonClass, buttonClass } from './Section';
import { issueText } from './issue-text';
import { MonitoringSection } from './MonitoringSection';
import { PrivacySection } from './PrivacySection';
import { ResponseTimeSection } from './ResponseTimeSection';
import { SaveNotice, type Notice } from './SaveNotice';
import { ToneSection } from './ToneSection';
import { TransferSection } from './TransferSection';

/**
 * The settings form. Edits go to a draft; Save validates the whole object and stores it (sync or local),
 * and every open tab follows through storage events. Without a draft the form shows the stored
 * settings live, so a change made elsewhere appears here too.
 */
export function SettingsPage() {
  const language = useUiLanguage();
  const t = createTranslator(settingsDictionary, language);
  const stored = useSettingsSnapshot();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const current = draft ?? stored.settings;

  const edit =
    <K extends keyof Settings>(key: K) =>
    (value: Settings[K]) => {
      const next = { ...current, [key]: value };
      if (key === 'departments') {
        // A topic cannot escalate to a department that no longer exists.
        const ids = new Set(next.departments.map((department) => department.id));
        next.criticalTopics = next.criticalTopics.map((topic) =>
          topic.department && !ids.has(topic.department) ? { ...topic, department: undefined } : topic,
        );
      }
      setDraft(next);
      setNotice(null);
    };
  const errorFor = (path: string) => {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue && issueText(issue, t);
  };
  const afterSave = (result: SaveResult, message?: string) => {
    if (!result.ok) return;
    setDraft(null);
    setIssues([]);
    setNotice({ result, message });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setSaving(true);
    const result = await saveSettings(draft);
    setSaving(false);
    if (result.ok) afterSave(result);
    else {
      setIssues(result.issues);
      setNotice({ issues: result.issues });
    }
  };
  const common = { t, errorFor };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="settings-title"
      className="grid gap-5 pb-24"
    >
      <header>
        <h2 id="settings-title" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t('intro')}</p>
      </header>
      <SaveNotice notice={notice} stored={stored} t={t} />
      <BrandSection value={current.brand} onChange={edit('brand')} {...common} />
      <MonitoringSection value={current.monitoring} onChange={edit('monitoring')} {...common} />
      <CriticalTopicsSection
        value={current.criticalTopics}
        onChange={edit('criticalTopics')}
        departments={current.departments}
        {...common}
      />
      <ResponseTimeSection
        sla={current.sla}
        hours={current.businessHours}
        onSla={edit('sla')}
        onHours={edit('businessHours')}
        language={language}
        {...common}
      />
      <DepartmentsSection value={current.departments} onChange={edit('departments')} {...common} />
      <AlertsSection value={current.alerts} onChange={edit('alerts')} {...common} />
      <ToneSection value={current.tone} onChange={edit('tone')} {...common} />
      <PrivacySection
        value={current.privacy}
        onChange={edit('privacy')}
        savedStoreText={stored.settings.privacy.storeText}
        loaded={stored.loaded}
        {...common}
      />
      <TransferSection saved={stored.settings} t={t} onSaved={afterSave} />
      <div className="fixed inset-x-0 bottom-0 border-t border-slate-200 bg-white/95 px-6 py-3">
        <div className="mx-auto flex max-w-6xl items-center gap-3">
          <button type="submit" className={primaryButtonClass} disabled={!draft || saving} data-testid="save-settings">
            {saving ? t('saving') : t('save')}
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={!draft || saving}
            onClick={() => {
              setDraft(null);
              setIssues([]);
              setNotice(null);
            }}
          >
            {t('discard')}
          </button>
          {draft && <p className="text-sm text-slate-600">{t('unsaved')}</p>}
        </div>
      </div>
    </form>
  );
}
