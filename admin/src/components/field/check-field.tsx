import { FieldMessage } from "../form/field-message";
import { useFieldMessage } from "../form/form-context";

type Props = {
  label: string;
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  defaultChecked?: boolean;
  /** Controlled: the box shows this, and onChange says what was ticked. */
  checked?: boolean;
  onChange?: (checked: boolean) => void;
  /** In a table row the column says what it is: the label is for screen readers only. */
  hideLabel?: boolean;
  /** What else explains it (the consent text above), read with it before any message. */
  describedBy?: string;
};

/** One checkbox with its label after it (a consent, "open", a seat's power socket); its message under it. */
export function CheckField({ label, hideLabel, describedBy, onChange, ...input }: Props) {
  const m = useFieldMessage({ label });
  return (
    <div class="field">
      <label class="check-field">
        <input
          {...input}
          type="checkbox"
          id={m.id}
          onChange={onChange && ((e) => onChange((e.currentTarget as HTMLInputElement).checked))}
          aria-describedby={[describedBy, m.describedBy].filter(Boolean).join(" ") || undefined}
          aria-invalid={m.error ? true : undefined}
        />
        <span class={hideLabel ? "visually-hidden" : undefined}>{label}</span>
      </label>
      <FieldMessage id={m.errorId} text={m.error} />
    </div>
  );
}
