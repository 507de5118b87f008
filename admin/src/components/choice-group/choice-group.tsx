import { useId } from "preact/hooks";

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
  const id = useId();
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      {options.map((o, i) => (
        <label key={o.value} for={`${id}-${i}`}>
          <input
            id={`${id}-${i}`}
            type={multiple ? "checkbox" : "radio"}
            name={name}
            value={o.value}
            required={required && !multiple}
            defaultChecked={!multiple && i === 0}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
