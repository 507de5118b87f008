import type { Signal } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { i18n, t } from "../../i18n";

/** Error, confirmation and the submit button, the same at the end of every add form. */
export function FormFooter({
  busy,
  error,
  done,
  label,
}: {
  busy: Signal<boolean>;
  error: Signal<unknown>;
  done: Signal<string | null>;
  label: string;
}) {
  return (
    <>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <p role="status" class="status-message">
        {done.value}
      </p>
      <button type="submit" disabled={busy.value}>
        {busy.value ? t("app.saving") : label}
      </button>
    </>
  );
}
