/** A field's own message, under it; the control names it in aria-describedby. */
export function FieldMessage({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} class="field-error">
      {text}
    </p>
  );
}
