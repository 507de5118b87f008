/** How long a heartbeat's fields may be: enough for a build name and one line of an error. */
export const KIOSK_VERSION_MAX = 40;
export const KIOSK_ERROR_MAX = 200;
export const KIOSK_VERSION_PATTERN = /^[0-9A-Za-z.+_-]+$/;

/**
 * One line of a kiosk's error, fit to be stored and shown to staff: printable ASCII only (a
 * Chinese name or address cannot pass), digit runs of five or more (a phone, an ID, a pickup code)
 * anything that looks like a pass code or a token masked, cut to the bound. The kiosk sends it this way
 * and the server applies it again, so no personal data is kept whatever a kiosk sends.
 */
export function scrubKioskError(text: string): string {
  return text
    .replace(/LP\d*\.[\w.~-]+/g, "LP*")
    .replace(/[\w-]{24,}/g, "*")
    .replace(/\d{5,}/g, "#")
    .replace(/[^\x20-\x7E]+/g, "?")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, KIOSK_ERROR_MAX);
}
