import { useState } from 'react';
import type { Finding } from '@/lib/shared/coach';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import { xLengthStatus } from '@/lib/shared/templates/x-length';
import { isNameVariable } from '@/lib/shared/templates/without-name';

interface Props {
  draft: string;
  onChange: (text: string) => void;
  platform: 'x' | 'facebook';
  findings: Finding[];
  missing: string[];
  language: UiLanguage;
  labels: {
    draft: string;
    placeholder: string;
    coach: string;
    missing: (names: string) => string;
    xLength: (n: number, over: boolean) => string;
    askName: string;
    greetWithoutName: string;
  };
  onFill: (name: string, value: string) => void;
  /** When the first name can't be told: the suggestion the name field starts with, for the user to confirm. */
  nameSuggestion: string | undefined;
  onGreetWithoutName: (name: string) => void;
  textareaRef: React.RefObject<HTMLTextAreaElement | null>;
}

const SEVERITY = {
  ok: { icon: '✓', className: 'text-emerald-700 dark:text-emerald-300' },
  info: { icon: 'i', className: 'text-slate-600 dark:text-slate-300' },
  warning: { icon: '!', className: 'text-amber-700 dark:text-amber-300' },
  error: { icon: '✕', className: 'text-red-700 dark:text-red-300' },
} as const;

/** The editable reply, the variables still to fill, X's weighted length, and the coach's live findings. */
export function DraftBox({
  draft,
  onChange,
  platform,
  findings,
  missing,
  language,
  labels,
  onFill,
  nameSuggestion,
  onGreetWithoutName,
  textareaRef,
}: Props) {
  const length = platform === 'x' ? xLengthStatus(draft) : undefined;
  return (
    <div className="space-y-1">
      <label className="block text-[12px] font-semibold" htmlFor="careside-draft">
        {labels.draft}
      </label>
      <textarea
        id="careside-draft"
        ref={textareaRef}
        data-testid="careside-draft"
        value={draft}
        onChange={(event) => onChange(event.target.value)}
        placeholder={labels.placeholder}
        rows={5}
        className="w-full resize-y rounded border border-slate-300 bg-white p-2 text-[13px] text-slate-900 focus:outline-2 focus:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
      {length && (
        <p
          data-testid="careside-x-length"
          className={`text-right text-[11px] tabular-nums ${length.status === 'over' ? 'font-semibold text-red-700 dark:text-red-300' : length.status === 'near' ? 'text-amber-700 dark:text-amber-300' : 'text-slate-500 dark:text-slate-400'}`}
        >
          {labels.xLength(length.length, length.status === 'over')}
        </p>
      )}
      {missing.length > 0 && (
        <div
          data-testid="careside-missing"
          className="rounded bg-amber-50 p-2 text-[12px] text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-semibold">{labels.missing(missing.join(', '))}</p>
          {missing.some(isNameVariable) && <p data-testid="careside-ask-name">{labels.askName}</p>}
          {missing.map((name) =>
            isNameVariable(name) ? (
              <VariableInput key={name} name={name} initial={nameSuggestion} onFill={onFill}>
                <button
                  type="button"
                  data-testid={`careside-no-name-${name}`}
                  onClick={() => onGreetWithoutName(name)}
                  className="rounded border border-amber-600 px-2"
                >
                  {labels.greetWithoutName}
                </button>
              </VariableInput>
            ) : (
              <VariableInput key={name} name={name} onFill={onFill} />
            ),
          )}
        </div>
      )}
      <ul data-testid="careside-coach" aria-label={labels.coach} aria-live="polite" className="space-y-0.5 text-[12px]">
        {findings
          .filter((finding) => finding.severity !== 'info' || draft.trim())
          .map((finding) => (
            <li
              key={finding.id}
              data-finding={finding.id}
              data-severity={finding.severity}
              className={SEVERITY[finding.severity].className}
            >
              <span aria-hidden="true" className="mr-1 font-bold">
                {SEVERITY[finding.severity].icon}
              </span>
              {finding.message[language]}
              <span className="ml-1 text-[11px] text-slate-500 dark:text-slate-400">({finding.guideline})</span>
            </li>
          ))}
      </ul>
    </div>
  );
}

function VariableInput({
  name,
  initial,
  onFill,
  children,
}: {
  name: string;
  initial?: string;
  onFill: (name: string, value: string) => void;
  children?: React.ReactNode;
}) {
  const [value, setValue] = useState(initial ?? '');
  return (
    <form
      className="mt-1 flex gap-1"
      onSubmit={(event) => {
        event.preventDefault();
        onFill(name, value);
      }}
    >
      <label className="sr-only" htmlFor={`careside-var-${name}`}>
        {name}
      </label>
      <input
        id={`careside-var-${name}`}
        data-testid={`careside-var-${name}`}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder={`{${name}}`}
        className="min-w-0 flex-1 rounded border border-amber-400 bg-white px-1 text-slate-900"
      />
      <button type="submit" className="rounded bg-amber-600 px-2 text-white">
        OK
      </button>
      {children}
    </form>
  );
}
