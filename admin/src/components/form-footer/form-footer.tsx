import type { Signal } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { i18n, t } from "../../i18n";
import { DoneMessage } from "../done-message/done-message";

/** Error, confirmation and the submit button, the same at the end of every add form. */
export function FormFooter({
  busy,
  error,
  done,
  label,
  busyLabel = t("app.saving"),
}: {
  busy: Signal<boolean>;
  error: Signal<unknown>;
  done: Signal<string | null>;
  label: string;
  /** What the button says while the form is being sent. */
  busyLabel?: string;
}) {
  return (
    <>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <DoneMessage text={done.value} />
      <button type="submit" disabled={busy.value}>
        {busy.value ? busyLabel : label}
      </button>
    </>
  );
}
