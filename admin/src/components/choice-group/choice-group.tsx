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
}: {
  legend: string;
  name: string;
  options: Option[];
  multiple?: boolean;
  required?: boolean;
}) {
  // Inside a Form, a radio group has one message, under its legend, read with the group.
  const m = useFieldMessage({ label: legend, group: multiple ? undefined : name });
  const id = m.id;
  return (
    <fieldset class="choice-group" aria-describedby={m.describedBy}>
      <legend>{legend}</legend>
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
            defaultChecked={!multiple && i === 0}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
