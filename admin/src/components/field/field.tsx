import type { InputHTMLAttributes } from "preact";
import { FieldMessage } from "../form/field-message";
import { useFieldMessage } from "../form/form-context";
import type { FieldRules } from "../form/validate";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  /** In a table row the column says what the input is: the label and hint are for screen readers only. */
  hideLabel?: boolean;
} & Pick<FieldRules, "invalidMessage" | "check">;

/**
 * A labelled input; the hint and, inside a Form, the message about what is wrong with it are
 * tied to it so screen readers read them with the label. `invalidMessage` words a value of the
 * wrong form (pattern, a half-typed date) better than the hint can; `check` adds a test of our
 * own (an amount above zero), run after the browser's.
 */
export function Field({ label, hint, hideLabel, invalidMessage, check, ...input }: Props) {
  const m = useFieldMessage({ label, hint, invalidMessage, check });
  return (
    <div class="field">
      <label for={m.id} class={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      {hint && (
        <p id={m.hintId} class={hideLabel ? "visually-hidden" : "field-hint"}>
          {hint}
        </p>
      )}
      <input {...input} id={m.id} aria-describedby={m.describedBy} aria-invalid={m.error ? true : undefined} />
      <FieldMessage id={m.errorId} text={m.error} />
    </div>
  );
}
