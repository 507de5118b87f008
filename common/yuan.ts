/** Integer fen as yuan text with exactly two decimals (1500 → "15.00", -5 → "-0.05"): no floating point touches it. */
export const fenToYuan = (fen: number) =>
  `${fen < 0 ? "-" : ""}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`;
