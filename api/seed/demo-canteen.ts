import { addDays } from "../shared/time";
import { SEED_FUNDS, SEED_POLICY } from "../canteen/seed-policy";
import type { Db } from "../../db/client";
import { insertRows } from "../../db/insert-rows";
import * as t from "../../db/schema";
import { newId } from "../shared/crypto";

const DEMO_MENU = {
  lunch: [
    ["红烧鸡块", "清炒小白菜", "番茄炒蛋", "米饭", "紫菜蛋花汤"],
    ["清蒸鱼", "蒜蓉西兰花", "土豆丝", "米饭", "冬瓜汤"],
  ],
  dinner: [
    ["小米粥", "肉末豆腐", "凉拌黄瓜", "馒头"],
    ["南瓜粥", "香菇青菜", "卤鸡蛋", "花卷"],
  ],
} as const;

/**
 * The canteen part of the demo: the seeds' policy and its funds, a fortnight of menus, meal-card
 * balances, delivery for the two oldest, and a family link so a son can order for his mother.
 */
export function canteenSeedStatements(
  db: Db,
  ctx: { communityId: string; now: Date; today: string; residents: { id: string; name: string }[] },
) {
  const { communityId, now, today } = ctx;
  const byName = (name: string) => ctx.residents.find((r) => r.name === name)!.id;
  const menu = Array.from({ length: 14 }, (_, d) =>
    (["lunch", "dinner"] as const).flatMap((sitting) =>
      DEMO_MENU[sitting][d % 2]!.map((name, position) => ({
        id: newId(),
        communityId,
        serviceDate: addDays(today, d),
        sitting,
        name,
        position,
        createdAt: now,
      })),
    ),
  ).flat();
  const topUp = (name: string, amountFen: number) => ({
    id: newId(),
    communityId,
    residentId: byName(name),
    amountFen,
    kind: "top_up" as const,
    method: "cash" as const,
    idempotencyKey: `seed:${name}`,
    note: "演示余额",
    createdAt: now,
  });
  return [
    db.insert(t.funds).values(SEED_FUNDS.map((f) => ({ id: newId(), communityId, ...f, createdAt: now }))),
    db.insert(t.pricingPolicies).values({
      id: newId(),
      communityId,
      version: 1,
      effectiveFrom: "2026-01-01",
      rules: SEED_POLICY,
      createdAt: now,
    }),
    ...insertRows(db, t.menuItems, menu),
    db
      .insert(t.mealCardEntries)
      .values([topUp("陈淑珍", 20000), topUp("刘桂兰", 5000), topUp("杨德福", 10000), topUp("张秀英", 3000)]),
    db.insert(t.residentLinks).values({ elderId: byName("陈淑珍"), familyId: byName("李建国"), createdAt: now }),
  ];
}
