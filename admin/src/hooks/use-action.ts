import { useSignal } from "@preact/signals";

/**
 * A button's action (no form): ignores presses while one is in flight, keeps the API's error
 * to show, and says what was done. The page-level twin of useSubmit.
 */
export function useAction() {
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  const done = useSignal<string | null>(null);
  async function run(action: () => Promise<string | void>) {
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    done.value = null;
    try {
      done.value = (await action()) ?? null;
    } catch (err) {
      error.value = err;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, done, run: (action: () => Promise<string | void>) => void run(action) };
}
