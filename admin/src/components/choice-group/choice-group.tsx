import { FieldMessage } from "../form/field-message";
import { useFieldMessage } from "../form/form-context";

type Option = { value: string; label: string };

/** Radio buttons (one) or checkboxes (several) in a fieldset whose legend names the question. */
export function ChoiceGroup({
  legend,
  name,
  options,
  multiple,
  required,
  defaultValue,
  hint,
  class: className,
}: {
  legend: string;
  name: string;
  options: readonly Option[];
  multiple?: boolean;
  required?: boolean;
  /** The choice (or, for checkboxes, the choices) ticked at first; without it, the first radio button. */
  defaultValue?: string | readonly string[];
  hint?: string;
  class?: string;
}) {
  // Inside a Form, a radio group has one message, under its legend, read with the group.
  const m = useFieldMessage({ label: legend, hint, group: multiple ? undefined : name });
  const id = m.id;
  const ticked = (value: string, i: number) =>
    defaultValue === undefined
      ? !multiple && i === 0
      : typeof defaultValue === "string"
        ? defaultValue === value
        : defaultValue.includes(value);
  return (
    <fieldset class={["choice-group", className].filter(Boolean).join(" ")} aria-describedby={m.describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={m.hintId} class="field-hint">
          {hint}
        </p>
      )}
      <FieldMessage id={m.errorId} text={m.error} />
      {options.map((o, i) => (
        <label key={o.value} for={`${id}-${i}`}>
          <input
            id={`${id}-${i}`}
            type={multiple ? "checkbox" : "radio"}
            name={name}
            value={o.value}
            required={required && !multiple}
            aria-invalid={m.error ? true : undefined}
            defaultChecked={ticked(o.value, i)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
