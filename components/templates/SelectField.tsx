import { inputClass, labelClass } from './styles';

interface Props<V extends string> {
  id: string;
  label: string;
  value: V | '';
  options: readonly V[];
  optionLabel: (value: V) => string;
  /** Label of an extra empty choice ("All"); omitted when a value is required. */
  emptyLabel?: string;
  onChange: (value: V | '') => void;
  className?: string;
}

/** A labelled <select> over a fixed list of values, as the template editor and filters use them. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  optionLabel,
  emptyLabel,
  onChange,
  className,
}: Props<V>) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} className={inputClass} value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
