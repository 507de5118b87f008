import { useSignal } from "@preact/signals";

/**
 * The one way a form in the panel sends: ignores a second submit while the first is in flight,
 * shows the API's error, says what was done, and clears the form only once the API accepted it.
 */
export function useSubmit(send: (data: FormData, form: HTMLFormElement) => Promise<string | void>) {
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  const done = useSignal<string | null>(null);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (busy.value) return;
    const form = event.currentTarget as HTMLFormElement;
    busy.value = true;
    error.value = null;
    done.value = null;
    try {
      const message = await send(new FormData(form), form);
      if (message) {
        done.value = message;
        form.reset();
      }
    } catch (err) {
      error.value = err;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, done, onSubmit: (event: SubmitEvent) => void onSubmit(event) };
}

/** A form field's text, trimmed; undefined when left empty, as the API's optional fields expect. */
export const optionalText = (data: FormData, name: string) => String(data.get(name) ?? "").trim() || undefined;
export const text = (data: FormData, name: string) => String(data.get(name) ?? "").trim();
