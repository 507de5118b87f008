/**
 * Fen to yuan text with integer arithmetic only: 790 → "7.90". Money never passes through a
 * float, so ¥7.10 never shows as ¥7.1000000001 and a saving adds up to the list price exactly.
 */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** "¥7.90", for the screen and the printed ticket. */
export const priceText = (fen: number) => {
  const text = yuanText(fen);
  return text.startsWith("-") ? `-¥${text.slice(1)}` : `¥${text}`;
};
