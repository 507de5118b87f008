import { z } from "@hono/zod-openapi";
import type { resources } from "../../db/schema";

/** Where a seat sits on the map and what it offers; kept in the engine resource's attributes. */
export const SeatAttributesSchema = z.object({
  row: z.number().int().min(0).max(49),
  col: z.number().int().min(0).max(49),
  zone: z.string().trim().max(20).default(""),
  power: z.boolean().default(false),
  window: z.boolean().default(false),
  quiet: z.boolean().default(false),
});
export type SeatAttributes = z.infer<typeof SeatAttributesSchema>;
export const seatFeatures = ["power", "window", "quiet"] as const;
export type SeatFeature = (typeof seatFeatures)[number];

type Resource = typeof resources.$inferSelect;

/** A seat as screens see it. Rows seeded before "quiet" existed read it from their zone. */
export function seatView(r: Resource) {
  const raw = r.attributes as Partial<SeatAttributes>;
  const a = SeatAttributesSchema.parse({ row: 0, col: 0, ...raw, quiet: raw.quiet ?? raw.zone === "quiet" });
  return {
    id: r.id,
    label: r.label,
    row: a.row,
    col: a.col,
    zone: a.zone,
    power: a.power,
    window: a.window,
    quiet: a.quiet,
    inService: r.inService,
  };
}
export type SeatView = ReturnType<typeof seatView>;
