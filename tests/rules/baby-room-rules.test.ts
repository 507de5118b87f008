import { describe, expect, it } from "vitest";
import {
  ageInMonths,
  ageRefusal,
  allowanceBalance,
  allowanceUsed,
  cancelRefunds,
  checkOutRefusal,
  entryRefusal,
  type LedgerEntry,
  paymentFor,
  periodEnd,
  periodChangeAllowed,
  periodOf,
  sessionCapacity,
} from "../../api/baby-room/rules";

const UNDER_3 = { minAgeMonths: 0, maxAgeMonths: 36 };
const CLASSES = { minAgeMonths: 12, maxAgeMonths: 72 };

describe("eligibility by age on the session date", () => {
  it("counts a month complete on the same day of the month", () => {
    expect(ageInMonths("2024-05-15", "2024-06-14")).toBe(0);
    expect(ageInMonths("2024-05-15", "2024-06-15")).toBe(1);
    expect(ageInMonths("2023-11-30", "2026-11-29")).toBe(35);
    expect(ageInMonths("2023-11-30", "2026-11-30")).toBe(36);
  });

  it("lets a child born on 29 February turn a year older on 1 March of a common year and on 29 February of a leap year", () => {
    expect(ageInMonths("2024-02-29", "2027-02-28")).toBe(35);
    expect(ageInMonths("2024-02-29", "2027-03-01")).toBe(36);
    expect(ageInMonths("2024-02-29", "2028-02-29")).toBe(48);
    expect(ageRefusal(UNDER_3, "2024-02-29", "2027-02-28")).toBeNull();
    expect(ageRefusal(UNDER_3, "2024-02-29", "2027-03-01")).toBe("TOO_OLD");
  });

  it("judges on the session's date, not the booking's: a child who turns 3 before the session cannot come to childcare", () => {
    expect(ageRefusal(UNDER_3, "2023-12-02", "2026-12-01")).toBeNull();
    expect(ageRefusal(UNDER_3, "2023-12-02", "2026-12-02")).toBe("TOO_OLD");
  });

  it("admits a class from the first birthday and refuses the day before, and a child not yet born", () => {
    expect(ageRefusal(CLASSES, "2025-11-24", "2026-11-23")).toBe("TOO_YOUNG");
    expect(ageRefusal(CLASSES, "2025-11-24", "2026-11-24")).toBeNull();
    expect(ageRefusal(UNDER_3, "2026-12-01", "2026-11-24")).toBe("NOT_BORN");
  });
});

describe("capacity from the caregiver ratio", () => {
  it("is caregivers times children per caregiver, capped by the room's size", () => {
    expect(sessionCapacity(2, 5, 12)).toBe(10);
    expect(sessionCapacity(3, 5, 12)).toBe(12);
    expect(sessionCapacity(0, 5, 12)).toBe(0);
  });
});

describe("the allowance ledger over a period", () => {
  const ledger: LedgerEntry[] = [
    { period: "2026-01-01", kind: "grant", amount: 12 },
    { period: "2026-01-01", kind: "use", amount: -1 },
    { period: "2026-01-01", kind: "use", amount: -1 },
    { period: "2026-01-01", kind: "refund", amount: 1 },
    { period: "2026-01-01", kind: "use", amount: -1 },
    { period: "2026-01-01", kind: "no_show", amount: 0 },
    { period: "2026-01-01", kind: "adjust", amount: 2 },
    { period: "2027-01-01", kind: "grant", amount: 12 },
    { period: "2027-01-01", kind: "use", amount: -1 },
  ];

  it("puts a date in its period of whole months from January", () => {
    expect(periodOf("2026-11-24", 12)).toEqual({ start: "2026-01-01", end: "2027-01-01" });
    expect(periodOf("2026-12-31", 12)).toEqual({ start: "2026-01-01", end: "2027-01-01" });
    expect(periodOf("2026-11-24", 6)).toEqual({ start: "2026-07-01", end: "2027-01-01" });
    expect(periodOf("2026-02-28", 1)).toEqual({ start: "2026-02-01", end: "2026-03-01" });
    expect(periodOf("2026-12-01", 3)).toEqual({ start: "2026-10-01", end: "2027-01-01" });
  });

  it("takes a new period length only where today's period starts on the same day under both", () => {
    expect(periodChangeAllowed("2026-03-10", 12, 6)).toBe(true);
    expect(periodChangeAllowed("2026-11-24", 12, 6)).toBe(false);
    expect(periodChangeAllowed("2026-11-24", 12, 12)).toBe(true);
    expect(periodChangeAllowed("2026-10-01", 3, 1)).toBe(true);
    expect(periodChangeAllowed("2026-11-01", 3, 1)).toBe(false);
    expect(periodChangeAllowed("2026-01-31", 1, 12)).toBe(true);
    expect(periodChangeAllowed("2026-02-01", 1, 12)).toBe(false);
  });

  it("is the sum of the period's entries; another period's entries never count", () => {
    expect(allowanceBalance(ledger, "2026-01-01")).toBe(12);
    expect(allowanceUsed(ledger, "2026-01-01")).toBe(2);
    expect(allowanceBalance(ledger, "2027-01-01")).toBe(11);
    expect(allowanceBalance(ledger, "2025-01-01")).toBe(0);
  });

  it("expires what is left at the period's end and rolls over at most the policy's number", () => {
    expect(periodEnd(5, 0)).toEqual({ expire: -5, rollover: 0 });
    expect(periodEnd(5, 2)).toEqual({ expire: -5, rollover: 2 });
    expect(periodEnd(1, 2)).toEqual({ expire: -1, rollover: 1 });
    expect(periodEnd(0, 2)).toBeNull();
    const closed = [
      ...ledger,
      { period: "2026-01-01", kind: "expire", amount: -12 },
      { period: "2027-01-01", kind: "rollover", amount: 2 },
    ] satisfies LedgerEntry[];
    expect(allowanceBalance(closed, "2026-01-01")).toBe(0);
    expect(allowanceBalance(closed, "2027-01-01")).toBe(13);
  });

  it("pays with a free session while any is left, then refuses or charges as the policy says", () => {
    const childcare = { usesAllowance: true, priceFen: 3000 };
    const refuse = { beyondAllowance: "refuse" as const, cancelCutoffMinutes: 120 };
    const paid = { beyondAllowance: "paid" as const, cancelCutoffMinutes: 120 };
    expect(paymentFor(childcare, 1, refuse)).toEqual({ payment: "allowance", priceFen: 0 });
    expect(paymentFor(childcare, 0, refuse)).toBeNull();
    expect(paymentFor(childcare, 0, paid)).toEqual({ payment: "paid", priceFen: 3000 });
    expect(paymentFor({ usesAllowance: false, priceFen: 0 }, 0, refuse)).toEqual({ payment: "free", priceFen: 0 });
    expect(paymentFor({ usesAllowance: false, priceFen: 5000 }, 9, refuse)).toEqual({
      payment: "paid",
      priceFen: 5000,
    });
  });

  it("gives a cancelled session back up to the cut-off and not a millisecond after", () => {
    const start = new Date("2026-11-24T01:00:00Z");
    expect(cancelRefunds(start, new Date("2026-11-23T23:00:00Z"), 120)).toBe(true);
    expect(cancelRefunds(start, new Date("2026-11-23T23:00:00.001Z"), 120)).toBe(false);
  });
});

describe("the door", () => {
  it("keeps a child with a fever or a symptom out", () => {
    expect(entryRefusal({ temperatureTenths: 366, symptoms: [] }, 373)).toBeNull();
    expect(entryRefusal({ temperatureTenths: 373, symptoms: [] }, 373)).toBe("FEVER");
    expect(entryRefusal({ temperatureTenths: 365, symptoms: ["cough"] }, 373)).toBe("SYMPTOMS");
  });

  it("lets only an authorised guardian or a valid one-off code take a child home", () => {
    const guardianIds = ["mum", "grandpa"];
    const today = "2026-11-24";
    expect(checkOutRefusal("kid", { guardianIds, kind: "pass", residentId: "grandpa" }, today)).toBeNull();
    expect(checkOutRefusal("kid", { guardianIds, kind: "pass", residentId: "neighbour" }, today)).toBe(
      "NOT_A_GUARDIAN",
    );
    const code = { childId: "kid", validOn: today, usedAt: null };
    expect(checkOutRefusal("kid", { guardianIds, kind: "code", code }, today)).toBeNull();
    expect(checkOutRefusal("kid", { guardianIds, kind: "code", code: null }, today)).toBe("CODE_UNKNOWN");
    expect(checkOutRefusal("kid", { guardianIds, kind: "code", code: { ...code, usedAt: new Date() } }, today)).toBe(
      "CODE_USED",
    );
    expect(checkOutRefusal("kid", { guardianIds, kind: "code", code }, "2026-11-25")).toBe("CODE_NOT_TODAY");
    expect(checkOutRefusal("other", { guardianIds, kind: "code", code }, today)).toBe("CODE_OTHER_CHILD");
  });
});
