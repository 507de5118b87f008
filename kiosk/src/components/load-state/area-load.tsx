import type { ErrorWording } from "@ui/error-text";
import { ErrorMessage } from "@ui/error-message";
import { i18n } from "../../i18n";
import type { AreaLoadState } from "../../models/area-load";

type Props = { load: AreaLoadState; loading: string; retry: () => void; retryLabel: string; wording?: ErrorWording };

/** A facility page's wait, or what went wrong and a way to try again; nothing once it is ready. */
export function AreaLoad({ load, loading, retry, retryLabel, wording }: Props) {
  if (load.kind === "loading")
    return (
      <p class="load-state" role="status">
        {loading}
      </p>
    );
  if (load.kind === "ready") return null;
  return (
    <div>
      <ErrorMessage error={load.error} i18n={i18n} wording={wording} />
      <button type="button" class="big-button primary wide" onClick={retry}>
        {retryLabel}
      </button>
    </div>
  );
}
