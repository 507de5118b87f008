export type Unsubscribe = () => void;

// A scanner "types" a whole code in a few milliseconds per key; people need 100 ms or more.
const MAX_GAP_MS = 50;
// Shorter bursts are more likely a fast double key press than a pass.
const MIN_LENGTH = 4;

/**
 * Listens for a USB barcode scanner acting as a keyboard: characters that arrive less than
 * ~50 ms apart, ended by Enter, are one scanned code. Slow (human) typing is ignored.
 */
export function listenToUsbScanner(onCode: (code: string) => void, target: EventTarget = window): Unsubscribe {
  let buffer = "";
  let lastAt = 0;

  const onKeyDown = (event: Event) => {
    if (!(event instanceof KeyboardEvent)) return;
    const now = event.timeStamp;
    const burst = now - lastAt < MAX_GAP_MS;
    lastAt = now;
    if (event.key === "Enter") {
      const code = burst ? buffer : "";
      buffer = "";
      if (code.length >= MIN_LENGTH) {
        // Keep the scanner's Enter from also pressing whatever button has focus.
        event.preventDefault();
        onCode(code);
      }
      return;
    }
    if (event.key.length !== 1) return; // Shift and other modifiers the scanner sends around capitals
    buffer = burst ? buffer + event.key : event.key;
  };

  target.addEventListener("keydown", onKeyDown, { capture: true });
  return () => target.removeEventListener("keydown", onKeyDown, { capture: true });
}
