import { computed, signal } from "@preact/signals";

export type CodeEntry = ReturnType<typeof codeEntry<unknown>>;
type Answer<T> = { kind: "done"; value: T } | { kind: "error"; error: unknown };

/**
 * A single-use code typed on the number pad (a kiosk's pairing code, a baby-room pickup code): never
 * longer than its length, sent once complete and only once however often it is tapped, then cleared
 * whatever the answer. `answer` is what the last sending came to, until the next digit or clear.
 */
export function codeEntry<T>(length: number, send: (code: string) => Promise<T>) {
  const code = signal("");
  const busy = signal(false);
  const answer = signal<Answer<T> | null>(null);
  const complete = computed(() => code.value.length === length);
  const press = (digit: string) => {
    if (code.value.length < length) code.value += digit;
    answer.value = null;
  };
  const deleteDigit = () => {
    code.value = code.value.slice(0, -1);
  };
  const clear = () => {
    code.value = "";
    answer.value = null;
  };
  async function submit() {
    if (!complete.value || busy.value) return;
    busy.value = true;
    answer.value = null;
    try {
      answer.value = { kind: "done", value: await send(code.value) };
    } catch (error) {
      answer.value = { kind: "error", error };
    } finally {
      code.value = "";
      busy.value = false;
    }
  }
  return { length, code, busy, answer, complete, press, deleteDigit, clear, submit };
}
