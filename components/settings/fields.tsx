import { useState, type ReactNode } from 'react';

/** Shared form controls: every control has a visible label, hint and error wired with aria-describedby. */

const input =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 ' +
  'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-[invalid=true]:border-red-600';

export function fieldId(path: string): string {
  return `setting-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

interface FieldProps {
  path: string;
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

function Frame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'time';
    list?: string;
  },
) {
  const id = fieldId(props.path);
  return (
    <Frame id={id} {...props}>
      <input
        id={id}
        type={props.type ?? 'text'}
        list={props.list}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={input}
      />
    </Frame>
  );
}

export function TextArea(props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  const id = fieldId(props.path);
  return (
    <Frame id={id} {...props}>
      <textarea
        id={id}
        rows={props.rows ?? 4}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={input}
      />
    </Frame>
  );
}

const splitLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A list edited as one entry per line. The raw text is kept while typing (so Enter can start a new,
 * still empty line) and only replaced when the list changes from outside (import, reset, other tab).
 */
export function ListField(
  props: FieldProps & { values: string[]; onChange: (values: string[]) => void; rows?: number },
) {
  const joined = props.values.join('\n');
  const [text, setText] = useState(joined);
  const [synced, setSynced] = useState(joined);
  if (joined !== synced) {
    // Adjusting state during render (React's pattern for "reset when a prop changes").
    setSynced(joined);
    if (splitLines(text).join('\n') !== joined) setText(joined);
  }
  return (
    <TextArea
      {...props}
      value={text}
      onChange={(next) => {
        setText(next);
        props.onChange(splitLines(next));
      }}
    />
  );
}

export function NumberField(
  props: FieldProps & {
    value: number;
    onChange: (value: number) => void;
    min?: number;
    max?: number;
    disabled?: boolean;
  },
) {
  const id = fieldId(props.path);
  return (
    <Frame id={id} {...props}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        disabled={props.disabled}
        value={Number.isFinite(props.value) ? props.value : ''}
        onChange={(event) => props.onChange(event.target.valueAsNumber)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={`${input} max-w-40 disabled:bg-slate-100`}
      />
    </Frame>
  );
}

export function SelectField<V extends string>(
  props: FieldProps & { value: V; onChange: (value: V) => void; options: { value: V; label: string }[] },
) {
  const id = fieldId(props.path);
  return (
    <Frame id={id} {...props}>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as V)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={input}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField(props: FieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = fieldId(props.path);
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onChange(event.target.checked)}
          aria-describedby={describedBy(id, props.hint, props.error)}
          className="mt-0.5 size-4 rounded border-slate-400 focus-visible:outline-2 focus-visible:outline-blue-600"
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {props.label}
        </label>
      </div>
      {props.hint && (
        <p id={`${id}-hint`} className="mt-1 ml-6 text-xs text-slate-600">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="mt-1 ml-6 text-xs font-medium text-red-700">
          {props.error}
        </p>
      )}
    </div>
  );
}
