import type { AllowanceEntryKind } from "../../db/schema";

/**
 * Whole months from a birth date to a local date. A month is complete on the same day of the
 * month, or on the 1st of the next month when the month is shorter: born 29 February, a child is
 * 12 months old on 1 March of a common year and on 29 February of a leap year.
 */
export function ageInMonths(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = onDate.split("-").map(Number) as [number, number, number];
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

export type AgeBand = { minAgeMonths: number; maxAgeMonths: number };
export type AgeRefusal = "NOT_BORN" | "TOO_YOUNG" | "TOO_OLD";

/** Whether a child fits a session type on the session's own date: min inclusive, max exclusive. */
export function ageRefusal(band: AgeBand, birthDate: string, sessionDate: string): AgeRefusal | null {
  if (sessionDate < birthDate) return "NOT_BORN";
  const months = ageInMonths(birthDate, sessionDate);
  if (months < band.minAgeMonths) return "TOO_YOUNG";
  if (months >= band.maxAgeMonths) return "TOO_OLD";
  return null;
}

/** Places in a session: the caregivers on duty times the ratio, never more than the room holds. */
export const sessionCapacity = (caregivers: number, ratio: number, roomSize: number) =>
  Math.max(0, Math.min(caregivers * ratio, roomSize));

/** The allowance period a local date falls in: whole months counted from January, [start, end). */
export function periodOf(date: string, periodMonths: number): { start: string; end: string } {
  const [y, m] = date.split("-").map(Number) as [number, number];
  const first = Math.floor((m - 1) / periodMonths) * periodMonths; // 0-based month
  const endIndex = y * 12 + first + periodMonths;
  const ym = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
  return { start: ym(y * 12 + first), end: ym(endIndex) };
}

/**
 * A new period length is taken only where the period running today starts on the same day under
 * both lengths (a 12-month year shortened to 6 months in its first half, say): otherwise the free
 * sessions already granted for today's period would sit in a period the room no longer counts.
 */
export const periodChangeAllowed = (today: string, fromMonths: number, toMonths: number) =>
  fromMonths === toMonths || periodOf(today, fromMonths).start === periodOf(today, toMonths).start;

export type LedgerEntry = { period: string; kind: AllowanceEntryKind; amount: number };

/** The balance of one period: the sum of its entries, and nothing else. */
export const allowanceBalance = (entries: readonly LedgerEntry[], period: string) =>
  entries.filter((e) => e.period === period).reduce((sum, e) => sum + e.amount, 0);

/** Sessions used in a period: uses less refunds and no-shows given back. */
export const allowanceUsed = (entries: readonly LedgerEntry[], period: string) =>
  -entries
    .filter((e) => e.period === period && (e.kind === "use" || e.kind === "refund" || e.kind === "no_show"))
    .reduce((sum, e) => sum + e.amount, 0);

/**
 * At a period's end what is left expires, and up to `rolloverMax` of it starts the next period.
 * Nothing is written for a period already at zero.
 */
export function periodEnd(balance: number, rolloverMax: number) {
  if (balance <= 0) return null;
  return { expire: -balance, rollover: Math.min(balance, rolloverMax) };
}

export type BabyRoomPolicy = { beyondAllowance: "refuse" | "paid"; cancelCutoffMinutes: number };
export type SessionPricing = { usesAllowance: boolean; priceFen: number };
export type Payment = { payment: "allowance" | "paid" | "free"; priceFen: number };

/**
 * How a booking is paid: a session outside the allowance is free or priced; inside it, one of the
 * free sessions while any are left, then per policy refused (null) or the priced session.
 */
export function paymentFor(type: SessionPricing, balance: number, policy: BabyRoomPolicy): Payment | null {
  if (!type.usesAllowance)
    return type.priceFen > 0 ? { payment: "paid", priceFen: type.priceFen } : { payment: "free", priceFen: 0 };
  if (balance > 0) return { payment: "allowance", priceFen: 0 };
  return policy.beyondAllowance === "paid" ? { payment: "paid", priceFen: type.priceFen } : null;
}

/** A cancel gives the session back only before the cut-off (minutes before the start). */
export const cancelRefunds = (startsAt: Date, now: Date, cutoffMinutes: number) =>
  now.getTime() <= startsAt.getTime() - cutoffMinutes * 60_000;

export type EntryAnswers = { temperatureTenths: number; symptoms: readonly string[] };

/** The room's entry rule: a fever or any symptom keeps the child out today. */
export function entryRefusal(answers: EntryAnswers, feverTenths: number): "FEVER" | "SYMPTOMS" | null {
  if (answers.temperatureTenths >= feverTenths) return "FEVER";
  if (answers.symptoms.length > 0) return "SYMPTOMS";
  return null;
}

export type PickupCode = { childId: string; validOn: string; usedAt: Date | null };
export type CheckOutBy = { guardianIds: readonly string[] } & (
  | { kind: "pass"; residentId: string }
  | { kind: "code"; code: PickupCode | null }
);
export type CheckOutRefusal = "NOT_A_GUARDIAN" | "CODE_UNKNOWN" | "CODE_USED" | "CODE_NOT_TODAY" | "CODE_OTHER_CHILD";

/**
 * Who may take a child home: a guardian authorised for that child (by pass), or the person named
 * on a pickup code made for that child, valid today and not used yet. Everyone else is refused.
 */
export function checkOutRefusal(childId: string, by: CheckOutBy, today: string): CheckOutRefusal | null {
  if (by.kind === "pass") return by.guardianIds.includes(by.residentId) ? null : "NOT_A_GUARDIAN";
  const { code } = by;
  if (!code) return "CODE_UNKNOWN";
  if (code.childId !== childId) return "CODE_OTHER_CHILD";
  if (code.usedAt) return "CODE_USED";
  if (code.validOn !== today) return "CODE_NOT_TODAY";
  return null;
}
