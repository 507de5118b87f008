import { i18n, t } from "../../i18n";
import { ErrorMessage } from "@ui/error-message";
import { welcome } from "../../models/welcome";

/** Shown until the welcome data first arrives: a wait, or what went wrong and a way to retry. */
export function LoadState() {
  if (!welcome.error.value)
    return (
      <p class="load-state" role="status">
        {t("welcome.loading")}
      </p>
    );
  return (
    <div class="load-state">
      <ErrorMessage error={welcome.error.value} i18n={i18n} />
      <button type="button" class="big-button primary" onClick={() => void welcome.reload()}>
        {t("welcome.retry")}
      </button>
    </div>
  );
}
