import { csvCell } from "../shared/csv";
import type { settlementEvidence } from "./settlement";

type Row = Awaited<ReturnType<typeof settlementEvidence>>[number];

const COLUMNS: [string, (r: Row) => string | number][] = [
  ["service_date", (r) => r.serviceDate],
  ["sitting", (r) => r.sitting],
  ["ticket", (r) => r.ticketNo],
  ["resident", (r) => r.residentName],
  ["age", (r) => r.dinerAge],
  ["groups", (r) => r.dinerGroups.join(" ")],
  ["list_price_yuan", (r) => yuan(r.listPriceFen)],
  ["subsidy_yuan", (r) => yuan(r.subsidyFen)],
  ["paid_yuan", (r) => yuan(r.payFen)],
  ["rule", (r) => r.ruleId],
  ["policy_version", (r) => r.policyVersion],
  ["identified_by", (r) => r.identifiedBy],
  ["order_id", (r) => r.orderId],
];

// Fen to yuan as text with exactly two decimals: no floating point touches the amount.
const yuan = (fen: number) =>
  `${fen < 0 ? "-" : ""}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`;

/** CSV with a BOM so Excel (what street offices open it in) reads the Chinese names correctly. */
export function settlementCsv(rows: Row[]) {
  const lines = [
    COLUMNS.map(([name]) => name).join(","),
    ...rows.map((r) => COLUMNS.map(([, get]) => csvCell(get(r))).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
