import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { sendMessage } from '@/lib/shared/messaging/client';
import { templatesQuery } from '@/lib/ui/queries/templates';
import { parseFaqTemplateHash } from '@/lib/shared/templates/faq-link';
import { duplicateTemplate, filterTemplates, type TemplateFilter } from '@/lib/shared/templates/filter';
import { parseTemplatePackText, type PackValidation } from '@/lib/shared/templates/pack';
import type { Template, TemplateInput } from '@/lib/shared/templates/schema';
import { ImportPanel } from './ImportPanel';
import { TemplateEditor } from './TemplateEditor';
import { TemplateFilters } from './TemplateFilters';
import { TemplateList } from './TemplateList';
import { buttonClass, primaryButtonClass } from './styles';
import { useTemplateActions } from './use-template-actions';
import { useTemplatesT } from './use-templates-t';
import { ConfirmBar } from '@/components/ui/ConfirmBar';

type Editing = { initial: TemplateInput; isNew: boolean } | null;
type Notice = { text: string; undoId?: string; tone?: 'error' } | null;

const blank = (): TemplateInput => ({
  id: '',
  title: '',
  category: 'question',
  topics: [],
  action: 'reply',
  variants: [{ language: 'it', register: 'lei', body: 'Gentile {name}, ' }],
  createdAt: 0,
  updatedAt: 0,
});

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The template manager of the options page: search, filter, create, edit, duplicate, delete with undo, import/export, reset. */
export function TemplateManager() {
  const { t, language } = useTemplatesT();
  const list = useQuery(templatesQuery());
  const actions = useTemplateActions();
  const [filter, setFilter] = useState<TemplateFilter>({});
  // The dashboard's "make a template" (#templates/new/<topic>) opens a new question template for the topic.
  const [editing, setEditing] = useState<Editing>(() => {
    const faq = parseFaqTemplateHash(location.hash);
    if (!faq) return null;
    const title = faq.topics[0] ? t(`topic_${faq.topics[0]}`) : faq.title;
    return { initial: { ...blank(), ...faq, title }, isNew: true };
  });
  useEffect(() => {
    // Once opened, the request leaves the URL: coming back to the section must not open it again.
    if (parseFaqTemplateHash(location.hash)) history.replaceState(null, '', '#templates');
  }, []);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [importing, setImporting] = useState<{ fileName: string; result: PackValidation } | null>(null);
  const templates = useMemo(() => list.data ?? [], [list.data]);
  const shown = useMemo(() => filterTemplates(templates, filter), [templates, filter]);
  const ids = useMemo(() => new Set(templates.map((x) => x.id)), [templates]);
  const fail = (error: unknown) =>
    setNotice({ text: t('error', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });

  const save = (template: Template) => {
    actions.save.mutate(template, {
      onSuccess: ({ template: saved }) => {
        setEditing(null);
        setNotice({ text: t('saved', { title: saved.title }) });
      },
      onError: fail,
    });
  };
  const remove = (template: Template) =>
    actions.remove.mutate(template.id, {
      onSuccess: () => {
        if (editing?.initial.id === template.id) setEditing(null);
        setNotice({ text: t('deleted', { title: template.title }), undoId: template.id });
      },
      onError: fail,
    });
  const undo = (id: string) =>
    actions.restore.mutate(id, {
      onSuccess: ({ template }) => setNotice({ text: t('restored', { title: template.title }) }),
      onError: fail,
    });
  const reset = () =>
    actions.reset.mutate(undefined, {
      onSuccess: ({ restored }) => {
        setConfirmReset(false);
        setNotice({ text: t('resetDone', { count: restored }) });
      },
      onError: fail,
    });
  const exportAll = async () => {
    try {
      const pack = await sendMessage('exportTemplates', {});
      download(`careside-templates-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(pack, null, 2));
      setNotice({ text: t('exported', { count: pack.templates.length }) });
    } catch (error) {
      fail(error);
    }
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    setImporting({ fileName: file.name, result: parseTemplatePackText(await file.text()) });
  };
  const confirmImport = () => {
    if (!importing) return;
    actions.importPack.mutate(importing.result.valid, {
      onSuccess: (r) => {
        setImporting(null);
        setNotice({ text: t('importDone', { added: r.added, skipped: r.skipped.length, renamed: r.renamed.length }) });
      },
      onError: fail,
    });
  };

  return (
    <div className="grid gap-4">
      <header>
        <h2 className="text-xl font-semibold text-slate-900">{t('heading')}</h2>
        <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
      </header>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={primaryButtonClass}
          onClick={() => setEditing({ initial: blank(), isNew: true })}
        >
          {t('newTemplate')}
        </button>
        <label className={`${buttonClass} cursor-pointer focus-within:outline-2 focus-within:outline-blue-600`}>
          {t('importButton')}
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            aria-label={t('importFile')}
            data-testid="template-import-file"
            onChange={(e) => {
              void readFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        <button type="button" className={buttonClass} onClick={() => void exportAll()}>
          {t('exportButton')}
        </button>
        <button type="button" className={buttonClass} onClick={() => setConfirmReset(true)}>
          {t('resetDefaults')}
        </button>
      </div>
      {confirmReset && (
        <ConfirmBar
          id="tpl-reset-text"
          tone="warning"
          question={t('resetConfirm')}
          confirmLabel={t('resetYes')}
          cancelLabel={t('cancel')}
          onConfirm={reset}
          onCancel={() => setConfirmReset(false)}
        />
      )}
      <div role="status" aria-live="polite" data-testid="template-notice" className="min-h-6 text-sm">
        {notice && (
          <span className={notice.tone === 'error' ? 'text-red-800' : 'text-slate-800'}>
            {notice.text}{' '}
            {notice.undoId && (
              <button type="button" className={buttonClass} onClick={() => undo(notice.undoId!)}>
                {t('undo')}
              </button>
            )}
          </span>
        )}
      </div>
      {importing && (
        <ImportPanel
          fileName={importing.fileName}
          result={importing.result}
          importing={actions.importPack.isPending}
          onConfirm={confirmImport}
          onCancel={() => setImporting(null)}
          t={t}
        />
      )}
      <div className="grid items-start gap-4 lg:grid-cols-5">
        <div className="grid gap-3 lg:col-span-2">
          <TemplateFilters filter={filter} onChange={setFilter} t={t} />
          <p className="text-xs text-slate-600" data-testid="template-count">
            {t('count', { shown: shown.length, total: templates.length })}
          </p>
          {list.isPending ? (
            <p className="text-sm text-slate-600">{t('loading')}</p>
          ) : list.isError ? (
            <p role="alert" className="text-sm text-red-800">
              {t('loadError', { message: list.error.message })}
            </p>
          ) : (
            <TemplateList
              templates={shown}
              selectedId={editing?.initial.id}
              t={t}
              onEdit={(template) => setEditing({ initial: template, isNew: false })}
              onDuplicate={(template) =>
                setEditing({ initial: duplicateTemplate(template, ids, t('copySuffix')), isNew: false })
              }
              onDelete={remove}
            />
          )}
        </div>
        <div className="lg:col-span-3">
          {editing && (
            <TemplateEditor
              key={`${editing.initial.id}-${editing.isNew}`}
              initial={editing.initial}
              isNew={editing.isNew}
              existingIds={ids}
              saving={actions.save.isPending}
              onSave={save}
              onCancel={() => setEditing(null)}
              t={t}
              language={language}
            />
          )}
        </div>
      </div>
    </div>
  );
}
