import type { TextareaHTMLAttributes } from "preact";
import { FieldMessage } from "../form/field-message";
import { useFieldMessage } from "../form/form-context";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: string };

/** A labelled text area, Field's twin for several lines (a note, a day's dishes); its message under it. */
export function TextAreaField({ label, hint, ...area }: Props) {
  const m = useFieldMessage({ label, hint });
  return (
    <div class="field">
      <label for={m.id}>{label}</label>
      {hint && (
        <p id={m.hintId} class="field-hint">
          {hint}
        </p>
      )}
      <textarea {...area} id={m.id} aria-describedby={m.describedBy} aria-invalid={m.error ? true : undefined} />
      <FieldMessage id={m.errorId} text={m.error} />
    </div>
  );
}
