import { CalendarDate, CalendarMonth } from "../../shared/calendar";
import { z } from "@hono/zod-openapi";
import { sittingNames } from "../../../db/schema";
import { PolicyRulesSchema } from "../policy-schema";

const LocalDate = CalendarDate.openapi({ example: "2026-11-23" });
const Fen = z.number().int();
/** What one sitting's meal costs someone under a policy: the list price, what they pay, and each fund's part. */
const SittingPrice = z.object({
  sitting: z.enum(sittingNames),
  listPriceFen: Fen,
  payFen: Fen,
  subsidies: z.array(z.object({ fundName: z.string(), amountFen: Fen })),
});

export const WeekQuery = z.object({ from: LocalDate });
export const DateParams = z.object({ date: LocalDate.openapi({ param: { name: "date", in: "path" } }) });

export const MenuWeekSchema = z
  .object({
    from: z.string(),
    today: z.string(),
    days: z.array(
      z.object({
        date: z.string(),
        closed: z.string().nullable(),
        dishes: z.object(
          Object.fromEntries(sittingNames.map((s) => [s, z.array(z.string())])) as Record<
            (typeof sittingNames)[number],
            z.ZodArray<z.ZodString>
          >,
        ),
      }),
    ),
  })
  .openapi("MenuWeek");

export const SetDishesSchema = z
  .object({
    dishes: z.array(z.string().trim().min(1).max(40)).max(20),
  })
  .openapi("SetDishes");

export const CopyWeekSchema = z.object({ from: LocalDate }).openapi("CopyMenuWeek");
export const CloseDaySchema = z
  .object({ date: LocalDate, reason: z.string().trim().min(1).max(100) })
  .openapi("CloseCanteenDay");

export const PolicyVersionSchema = z
  .object({
    id: z.string(),
    version: z.number(),
    effectiveFrom: z.string(),
    inForce: z.boolean(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    rules: PolicyRulesSchema,
    // What each rule's people pay, priced by the same rules as the kiosk, for the policy in words.
    examples: z.array(
      z.object({
        ruleId: z.string().nullable(),
        label: z.string().nullable(),
        sittings: z.array(SittingPrice),
      }),
    ),
  })
  .openapi("PolicyVersion");

export const PoliciesSchema = z
  .object({ today: z.string(), items: z.array(PolicyVersionSchema) })
  .openapi("PolicyVersions");
export const NewPolicySchema = z
  .object({ effectiveFrom: LocalDate, rules: PolicyRulesSchema })
  .openapi("NewPolicyVersion");

export const FundsSchema = z
  .object({
    month: z.string(),
    // From five months before this one to six after, in order.
    months: z.array(z.string()),
    items: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        // The default for a month without its own budget; null: no cap.
        monthlyBudgetFen: Fen.nullable(),
        // This month's budget in force and its use.
        budgetFen: Fen.nullable(),
        usedFen: Fen,
        byMonth: z.array(
          z.object({ month: z.string(), budgetFen: Fen.nullable(), ownBudget: z.boolean(), usedFen: Fen }),
        ),
      }),
    ),
  })
  .openapi("Funds");
const BudgetFen = z.number().int().min(0).max(1_000_000_000);
export const FundBudgetSchema = z.object({ monthlyBudgetFen: BudgetFen.nullable() }).openapi("FundBudget");
export const MonthBudgetParams = z.object({
  month: CalendarMonth.openapi({ param: { name: "month", in: "path" } }),
});
// null: the month follows the fund's default monthly budget again.
export const MonthBudgetSchema = z.object({ budgetFen: BudgetFen.nullable() }).openapi("FundMonthBudget");
export const MonthBudgetSavedSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    month: z.string(),
    budgetFen: Fen.nullable(),
    ownBudget: z.boolean(),
  })
  .openapi("FundMonthBudgetSaved");

export const CanteenResidentsSchema = z
  .object({
    residents: z.array(z.object({ id: z.string(), deliveryEligible: z.boolean() })),
    links: z.array(z.object({ elderId: z.string(), familyId: z.string() })),
  })
  .openapi("CanteenResidents");
export const DeliveryFlagSchema = z.object({ deliveryEligible: z.boolean() }).openapi("DeliveryFlag");
export const FamilyLinkSchema = z
  .object({ elderId: z.string().min(1), familyId: z.string().min(1) })
  .refine((l) => l.elderId !== l.familyId, {
    message: "An elder cannot be their own family member",
    path: ["familyId"],
  })
  .openapi("FamilyLink");

export const PreviewPolicySchema = z.object({ rules: PolicyRulesSchema }).openapi("PolicyPreviewRequest");
export const PolicyPreviewSchema = z
  .object({
    // The groups a rule names (a column each, after "no group").
    groups: z.array(z.string()),
    // Age bands cut where a rule starts or stops; `to` null means "and older".
    bands: z.array(
      z.object({
        from: z.number(),
        to: z.number().nullable(),
        cells: z.array(
          z.object({
            group: z.string().nullable(),
            sittings: z.array(SittingPrice),
          }),
        ),
      }),
    ),
  })
  .openapi("PolicyPreview");
