import { z } from "@hono/zod-openapi";
import { sittingNames } from "../../db/schema";

const Fen = z.number().int().min(0).max(100_000);
const PerSitting = z.object(
  Object.fromEntries(sittingNames.map((s) => [s, Fen])) as Record<(typeof sittingNames)[number], typeof Fen>,
);

export const SubsidyRuleSchema = z
  .object({
    id: z.string().min(1).max(40),
    label: z.string().min(1).max(60),
    fundCode: z.string().min(1).max(40),
    // Inclusive ages on the service date; absent means no bound.
    ageMin: z.number().int().min(0).max(130).optional(),
    ageMax: z.number().int().min(0).max(130).optional(),
    // The rule applies to anyone in at least one of these groups (codes from the community's group
    // registry: the built-in four and those staff define); absent means everyone.
    groups: z.array(z.string().min(1).max(40)).min(1).optional(),
    offFen: PerSitting,
  })
  .openapi("SubsidyRule");

export const PolicyRulesSchema = z
  .object({
    listPriceFen: PerSitting,
    subsidies: z.array(SubsidyRuleSchema).max(30),
    combine: z.object({
      // "best": only the largest applicable subsidy; "stack": all of them, in order, up to capFen.
      mode: z.enum(["best", "stack"]),
      capFen: Fen.nullable(),
      // What the resident always pays at least, whatever the subsidies.
      minPayFen: Fen,
    }),
    // Residents may order for today and this many days after it (the version in force today decides).
    orderDaysAhead: z.number().int().min(0).max(14).default(0),
  })
  .openapi("PolicyRules");

export type PolicyRules = z.infer<typeof PolicyRulesSchema>;
export type SubsidyRule = z.infer<typeof SubsidyRuleSchema>;
