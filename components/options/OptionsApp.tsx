import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DashboardPage } from '@/components/dashboard/DashboardPage';
import { FollowUpsPage } from '@/components/followups/FollowUpsPage';
import { SettingsPage } from '@/components/settings/SettingsPage';
import { TemplateManager } from '@/components/templates/TemplateManager';
import { TraineePage } from '@/components/trainee/TraineePage';
import { useUiLanguage } from '@/components/ui/use-ui-language';
import { createTranslator } from '@/lib/shared/i18n/translate';
import { optionsDictionary } from '@/lib/shared/i18n/messages/options';
import { OPTIONS_SECTIONS, type OptionsSection } from '@/lib/ui/options-sections';
import { statusQuery } from '@/lib/ui/queries/system';
import { useRevisionInvalidation } from '@/lib/ui/queries/use-revision-invalidation';

function sectionFromHash(): OptionsSection {
  // '#practice/it-01' opens a section at one of its items.
  const hash = location.hash.replace('#', '').split('/')[0]!;
  return (OPTIONS_SECTIONS as readonly string[]).includes(hash) ? (hash as OptionsSection) : 'dashboard';
}

/** The options page: dashboard, template manager and settings, one URL hash each so they can be linked. */
export function OptionsApp() {
  useRevisionInvalidation({ includeSeen: true });
  const language = useUiLanguage();
  const t = createTranslator(optionsDictionary, language);
  const [section, setSection] = useState<OptionsSection>(sectionFromHash);
  const status = useQuery(statusQuery());

  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <header className="flex items-center gap-6 border-b border-slate-200 bg-white px-6 py-3">
        <h1 className="text-lg font-semibold">CareSide</h1>
        <nav aria-label={t('navLabel')} className="flex gap-1">
          {OPTIONS_SECTIONS.map((name) => (
            <a
              key={name}
              href={`#${name}`}
              aria-current={section === name ? 'page' : undefined}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 aria-[current=page]:bg-blue-50 aria-[current=page]:text-blue-800"
            >
              {t(name)}
            </a>
          ))}
        </nav>
        <p className="ml-auto text-xs text-slate-600" data-testid="status">
          {status.isSuccess
            ? t('ready', { version: status.data.version })
            : status.isError
              ? t('backgroundError')
              : t('loading')}
        </p>
      </header>
      <main className="mx-auto max-w-6xl p-6">
        {section === 'dashboard' && <DashboardPage />}
        {section === 'followups' && <FollowUpsPage />}
        {section === 'practice' && <TraineePage />}
        {section === 'templates' && <TemplateManager />}
        {section === 'settings' && <SettingsPage />}
      </main>
    </div>
  );
}
