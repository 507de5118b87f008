import { expireAllowances } from "./baby-room/expire-allowances";
import { runBookingDuties } from "./booking/run-duties";
import type { Deps } from "./shared/context";

/**
 * Everything that runs on a schedule, once: Node's minute timer (api/node.ts) and the Worker's
 * Cron Trigger (api/worker.ts) both call this, and the tests run it through each runtime's entry,
 * so the two runtimes cannot drift apart. Each duty is idempotent; what they did is returned.
 */
export async function runScheduledDuties(deps: Pick<Deps, "db" | "clock">) {
  const booking = await runBookingDuties(deps);
  return { ...booking, allowancesExpired: (await expireAllowances(deps)).expired };
}
