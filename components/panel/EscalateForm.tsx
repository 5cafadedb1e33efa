import { useMemo, useState } from 'react';
import type { TrackedItem } from '@/lib/shared/model/queue';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import type { Settings } from '@/lib/shared/settings';
import { buildHandoffNote, mailtoUrl } from '@/lib/shared/triage/handoff-note';
import { topicLabel } from '@/lib/shared/triage/topic-labels';
import { FORM_CLASS, FIELD_CLASS, CONFIRM_CLASS, CANCEL_CLASS } from './form-styles';

interface Props {
  tracked: TrackedItem;
  settings: Settings;
  language: UiLanguage;
  draft: string;
  labels: Record<
    'department' | 'promised' | 'handoffNote' | 'copyNote' | 'sendEmail' | 'confirmEscalate' | 'cancel' | 'copied',
    string
  >;
  onConfirm: (value: { department: string; note: string }) => void;
  onCancel: () => void;
}

/** Department picker and the hand-off note (care → department → care → customer), to copy or email. */
export function EscalateForm({ tracked, settings, language, draft, labels, onConfirm, onCancel }: Props) {
  const suggested = settings.criticalTopics.find((topic) =>
    tracked.classification.urgent.topics.includes(topic.id),
  )?.department;
  const [departmentId, setDepartmentId] = useState(suggested ?? settings.departments[0]?.id ?? '');
  const [promised, setPromised] = useState(draft);
  const [copied, setCopied] = useState(false);
  const department = settings.departments.find((d) => d.id === departmentId);
  const note = useMemo(
    () =>
      buildHandoffNote({
        item: tracked.item,
        classification: tracked.classification,
        departmentName: department?.name ?? departmentId,
        promised,
        language,
        template: department?.handoffTemplate,
        topicName: (id) => topicLabel(id, settings.criticalTopics, language),
      }),
    [tracked, department, departmentId, promised, language, settings.criticalTopics],
  );
  return (
    <form
      data-testid="careside-escalate-form"
      className={FORM_CLASS}
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm({ department: departmentId, note: promised });
      }}
    >
      <label className="block font-semibold">
        {labels.department}
        <select
          data-testid="careside-department"
          value={departmentId}
          onChange={(event) => setDepartmentId(event.target.value)}
          className={FIELD_CLASS}
        >
          {settings.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {labels.promised}
        <textarea
          value={promised}
          onChange={(event) => setPromised(event.target.value)}
          rows={2}
          className={FIELD_CLASS}
        />
      </label>
      <label className="block">
        {labels.handoffNote}
        <textarea
          readOnly
          data-testid="careside-handoff"
          value={`${note.subject}\n\n${note.body}`}
          rows={6}
          className={`${FIELD_CLASS} font-mono text-[11px]`}
        />
      </label>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(`${note.subject}\n\n${note.body}`).then(() => setCopied(true))
          }
          className="rounded border border-slate-400 px-2 py-1"
        >
          {copied ? labels.copied : labels.copyNote}
        </button>
        {department?.email && (
          <a
            href={mailtoUrl(department.email, note.subject, note.body)}
            className="rounded border border-slate-400 px-2 py-1"
          >
            {labels.sendEmail}
          </a>
        )}
        <button type="submit" data-testid="careside-confirm-escalate" className={CONFIRM_CLASS}>
          {labels.confirmEscalate}
        </button>
        <button type="button" onClick={onCancel} className={CANCEL_CLASS}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
