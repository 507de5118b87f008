import { useEffect } from "preact/hooks";

/**
 * Calls `refresh` every `ms` while the tab is in view, and at once when it comes back into view:
 * a live screen stays current without polling from a hidden tab.
 */
export function useVisibleRefresh(refresh: () => unknown, ms: number) {
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, ms);
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => (clearInterval(timer), document.removeEventListener("visibilitychange", onVisible));
  }, []);
}
