import { findCommunity } from "../../community/find-community";
import type { Deps } from "../../shared/context";
import { DomainError, notFound } from "../../shared/errors";
import { addDays, localDate } from "../../shared/time";

export const weekOf = (from: string) => Array.from({ length: 7 }, (_, i) => addDays(from, i));

/** Today in the community's own zone: menus, closures and policies are planned in local days. */
export async function communityToday(
  { db, clock }: Pick<Deps, "db" | "clock">,
  { communityId }: { communityId: string },
) {
  const community = await findCommunity({ db }, { id: communityId });
  if (!community) throw notFound("Community");
  return localDate(clock.now(), community.timeZone);
}

/** A list for one service day: the day asked for, or today in the community's zone. */
export type ServiceDay = { communityId: string; date?: string | undefined };
export const serviceDateOf = ({ db, clock }: Pick<Deps, "db" | "clock">, day: ServiceDay) =>
  day.date ?? communityToday({ db, clock }, day);

/** Plans are for today or later; the past is evidence and stays as it was. */
export function refusePast(date: string, today: string) {
  if (date < today) throw new DomainError("unprocessable", "DATE_IN_PAST", "This date is in the past");
}
