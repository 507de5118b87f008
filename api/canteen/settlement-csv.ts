import { eq } from "drizzle-orm";
import { pricingPolicies } from "../../db/schema";
import { fenToYuan } from "../../common/yuan";
import { listResidentGroups } from "../people/resident-groups";
import type { Deps } from "../shared/context";
import { csvCell } from "../shared/csv";
import { PolicyRulesSchema } from "./policy-schema";
import { settlementEvidence } from "./settlement";

type Row = Awaited<ReturnType<typeof settlementEvidence>>[number];
type Names = { group: (code: string) => string; rule: (version: number, id: string) => string };

const SITTINGS: Record<string, string> = { lunch: "午餐", dinner: "晚餐" };
const METHODS: Record<string, string> = { qr: "扫码", rotating_qr: "手机码", face: "刷脸", staff: "工作人员" };

// The street office's own words for each column; amounts in yuan from integer fen.
const COLUMNS: [string, (r: Row, n: Names) => string | number][] = [
  ["就餐日期", (r) => r.serviceDate],
  ["餐次", (r) => SITTINGS[r.sitting] ?? r.sitting],
  ["取餐号", (r) => r.ticketNo],
  ["就餐人", (r) => r.residentName],
  ["年龄", (r) => r.dinerAge],
  ["人群类别", (r, n) => r.dinerGroups.map(n.group).join("、")],
  ["标价（元）", (r) => fenToYuan(r.listPriceFen)],
  ["补贴（元）", (r) => fenToYuan(r.subsidyFen)],
  ["自付（元）", (r) => fenToYuan(r.payFen)],
  ["补贴规则", (r, n) => n.rule(r.policyVersion, r.ruleId)],
  ["价格版本", (r) => r.policyVersion],
  ["识别方式", (r) => METHODS[r.identifiedBy] ?? r.identifiedBy],
  ["订单号", (r) => r.orderId],
];

/** CSV with a BOM so Excel (what street offices open it in) reads the Chinese names correctly. */
export function settlementCsv(rows: Row[], names: Names) {
  const lines = [
    COLUMNS.map(([name]) => name).join(","),
    ...rows.map((r) => COLUMNS.map(([, get]) => csvCell(get(r, names))).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** A fund's month of evidence as the CSV, with groups and rules by the names staff gave them. */
export async function settlementCsvFor(
  { db }: Pick<Deps, "db">,
  input: { communityId: string; month: string; fundCode: string },
) {
  const [rows, groups, policies] = await Promise.all([
    settlementEvidence({ db }, input),
    listResidentGroups({ db }, input),
    db.select().from(pricingPolicies).where(eq(pricingPolicies.communityId, input.communityId)),
  ]);
  const labels = new Map(
    policies.flatMap((p) => PolicyRulesSchema.parse(p.rules).subsidies.map((r) => [`${p.version}/${r.id}`, r.label])),
  );
  return settlementCsv(rows, {
    group: (code) => groups.find((g) => g.code === code)?.name ?? code,
    rule: (version, id) => labels.get(`${version}/${id}`) ?? id,
  });
}
