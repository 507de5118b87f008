import { FieldMessage } from "../form/field-message";
import { useFieldMessage } from "../form/form-context";

type Option = { value: string; label: string };
type Props = {
  label: string;
  name: string;
  options: readonly Option[];
  /** Choices in named groups (optgroup), after `options`. */
  groups?: readonly { label: string; options: readonly Option[] }[];
  /** A first, empty choice ("choose …"); with `required` the form cannot be sent until one is chosen. */
  placeholder?: string;
  required?: boolean;
  defaultValue?: string;
  /** In a table row the column says what it is: the label is for screen readers only. */
  hideLabel?: boolean;
  /** Chosen: the form is sent at once (a filter, a status in a row). */
  onChange?: (value: string) => void;
};

/** A labelled drop-down, the select's twin of Field (its message shown under it inside a Form). */
export function SelectField({
  label,
  name,
  options,
  groups,
  placeholder,
  required,
  defaultValue,
  hideLabel,
  onChange,
}: Props) {
  const m = useFieldMessage({ label });
  return (
    <div class="field">
      <label for={m.id} class={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <select
        id={m.id}
        name={name}
        required={required}
        aria-describedby={m.describedBy}
        aria-invalid={m.error ? true : undefined}
        onChange={onChange && ((e) => onChange((e.currentTarget as HTMLSelectElement).value))}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(optionOf(defaultValue))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map(optionOf(defaultValue))}
          </optgroup>
        ))}
      </select>
      <FieldMessage id={m.errorId} text={m.error} />
    </div>
  );
}

// Preact has no defaultValue on a select: the default option starts selected instead (a re-render keeps the choice).
const optionOf = (selected: string | undefined) => (o: Option) => (
  <option key={o.value} value={o.value} selected={o.value === selected}>
    {o.label}
  </option>
);
