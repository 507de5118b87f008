// Money is integer fen end to end; these two functions are the only places it meets text.

/** 990 → "¥9.90", -500 → "-¥5.00": integer division, no floating point touches the amount. */
export function formatFen(fen: number) {
  const abs = Math.abs(fen);
  return `${fen < 0 ? "-" : ""}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** The pattern a yuan amount typed by staff must match: whole yuan and up to two decimals. */
export const YUAN_PATTERN = "\\d{1,7}([.]\\d{1,2})?";

/** "12.5" → 1250, "50" → 5000, "0.05" → 5, by splitting the text; null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const match = new RegExp(`^${YUAN_PATTERN}$`).test(text.trim()) ? text.trim().split(".") : null;
  if (!match) return null;
  const [yuan, cents = ""] = match as [string, string?];
  return Number(yuan) * 100 + Number(cents.padEnd(2, "0"));
}

/** Fen as the yuan text a form field starts with: 1500 → "15.00". */
export const fenToYuanText = (fen: number) => formatFen(fen).replace("¥", "");
