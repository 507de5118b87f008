import type { ComponentChildren } from "preact";
import { ErrorMessage } from "@ui/error-message";
import type { Resource } from "@ui/resource";
import { useEffect } from "preact/hooks";
import { i18n, t } from "../../i18n";

/** Loading, failed (with a retry) or loaded: every list in the panel goes through the same three states. */
export function ResourceView<T>({
  of,
  children,
}: {
  of: Pick<Resource<T>, "data" | "error" | "reload">;
  children: (data: T) => ComponentChildren;
}) {
  if (of.error.value) {
    return (
      <div>
        <ErrorMessage error={of.error.value} i18n={i18n} />
        <button type="button" onClick={() => void of.reload()}>
          {t("app.retry")}
        </button>
      </div>
    );
  }
  if (of.data.value === undefined) return <p role="status">{t("app.loading")}</p>;
  return <>{children(of.data.value)}</>;
}

/** Keeps the page's data loaded while it is open: each resource loads now and again when its key changes. */
export function useWatch(...resources: Pick<Resource<unknown>, "watch">[]) {
  useEffect(() => {
    const stop = resources.map((r) => r.watch());
    return () => stop.forEach((s) => s());
  }, []);
}
