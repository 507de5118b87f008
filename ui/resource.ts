import { effect, signal, untracked } from "@preact/signals";

/**
 * Data loaded from the API for a key (a community id, a device token). `watch` loads now and
 * again whenever the key changes, until disposed: pages call it on mount so what they show is
 * fresh, app-wide data calls it once. A slow answer for an old key never overwrites a newer one.
 */
export function resource<K, T>(key: () => K | null | undefined, load: (key: K) => Promise<T>) {
  const data = signal<T | undefined>(undefined);
  const error = signal<unknown>(null);
  const loading = signal(false);
  let generation = 0;
  let loadedKey: K | undefined;

  async function fetchFor(k: K) {
    const mine = ++generation;
    // Another community's rows must not linger on screen while this one's load.
    if (k !== loadedKey) data.value = undefined;
    loadedKey = k;
    loading.value = true;
    error.value = null;
    try {
      const value = await load(k);
      if (mine === generation) data.value = value;
    } catch (err) {
      if (mine === generation) error.value = err;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  function reset() {
    generation++;
    loadedKey = undefined;
    data.value = undefined;
    error.value = null;
    loading.value = false;
  }

  const reload = () => {
    const k = untracked(key);
    return k == null ? Promise.resolve() : fetchFor(k);
  };

  const watch = () =>
    effect(() => {
      const k = key();
      untracked(() => (k == null ? reset() : void fetchFor(k)));
    });

  return { data, error, loading, reload, watch };
}

export type Resource<T> = ReturnType<typeof resource<unknown, T>>;
