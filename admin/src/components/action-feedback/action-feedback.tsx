import { ErrorMessage } from "@ui/error-message";
import type { useAction } from "../../hooks/use-action";
import { i18n } from "../../i18n";
import { DoneMessage } from "../done-message/done-message";

/** What a button's action came to: the API's error, or what was done. */
export function ActionFeedback({ action }: { action: ReturnType<typeof useAction> }) {
  return (
    <>
      {action.error.value !== null && <ErrorMessage error={action.error.value} i18n={i18n} />}
      <DoneMessage text={action.done.value} />
    </>
  );
}
