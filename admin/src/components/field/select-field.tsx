import { useId } from "preact/hooks";

type Props = {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  /** A first, empty choice ("choose …"); with `required` the form cannot be sent until one is chosen. */
  placeholder?: string;
  required?: boolean;
};

/** A labelled drop-down, the select's twin of Field. */
export function SelectField({ label, name, options, placeholder, required }: Props) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} required={required}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
