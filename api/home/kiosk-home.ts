import { and, asc, eq, gt, gte, inArray, ne, or } from "drizzle-orm";
import { inJsonList } from "../../db/json-list";
import {
  babySessions,
  babySessionTypes,
  bookings,
  facilities,
  mealOrders,
  orderTransitions,
  resources,
} from "../../db/schema";
import { sourcesOf } from "../../db/schema/columns";
import { childrenOf } from "../baby-room/guardianship";
import { loadCanteenDay } from "../canteen/canteen-day";
import { mealCardBalance } from "../canteen/meal-card-balance";
import { findCommunity } from "../community/find-community";
import { findPerson, type PersonRef } from "../people/find-person";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { localDate } from "../shared/time";

const CANCELLABLE = sourcesOf(orderTransitions, "cancelled");

/**
 * What the identified person has, on the screen that greets them: their meal card's balance, their
 * meals from today on (each saying whether it may still be cancelled), their bookings (their own, and
 * their children's in the baby room) and the places offered to them from a waitlist. Only the
 * session's own person is read, within the kiosk's community: nobody else's data, whatever is asked.
 */
export async function kioskHome(deps: Deps, { kiosk, holder }: { kiosk: KioskPrincipal; holder: PersonRef }) {
  const { db, clock } = deps;
  const { communityId } = kiosk;
  const now = clock.now();
  const [person, community, kinds] = await Promise.all([
    findPerson({ db }, { communityId, ref: holder }),
    findCommunity({ db }, { id: communityId }),
    db.select({ kind: facilities.kind }).from(facilities).where(eq(facilities.communityId, communityId)),
  ]);
  if (!person || !community)
    throw new DomainError("unauthenticated", "KIOSK_SESSION_OVER", "Please identify yourself again");
  const today = localDate(now, community.timeZone);
  const resident = person.kind === "resident";
  const hasCanteen = resident && kinds.some((f) => f.kind === "canteen");
  const kids = resident ? await childrenOf({ db }, { communityId, residentId: person.id }) : [];
  const holders = [person.id, ...kids.map((k) => k.id)];
  const childName = (id: string) => kids.find((k) => k.id === id)?.name ?? null;

  const [balanceFen, orders, booked] = await Promise.all([
    hasCanteen ? mealCardBalance({ db }, { residentId: person.id }) : null,
    hasCanteen
      ? db
          .select()
          .from(mealOrders)
          .where(
            and(
              eq(mealOrders.communityId, communityId),
              eq(mealOrders.residentId, person.id),
              gte(mealOrders.serviceDate, today),
              ne(mealOrders.status, "cancelled"),
            ),
          )
          .orderBy(asc(mealOrders.serviceDate), asc(mealOrders.sitting))
      : [],
    db
      .select({
        booking: bookings,
        place: resources.label,
        facilityKind: facilities.kind,
        sessionName: babySessionTypes.name,
      })
      .from(bookings)
      .innerJoin(resources, eq(resources.id, bookings.resourceId))
      .innerJoin(facilities, eq(facilities.id, bookings.facilityId))
      .leftJoin(babySessions, eq(babySessions.resourceId, bookings.resourceId))
      .leftJoin(babySessionTypes, eq(babySessionTypes.id, babySessions.typeId))
      .where(
        and(
          eq(bookings.communityId, communityId),
          inJsonList(bookings.holderId, holders),
          ne(facilities.kind, "canteen"), // a meal's booking is its order, listed above
          gt(bookings.endsAt, now),
          or(
            inArray(bookings.status, ["confirmed", "checked_in"]),
            and(eq(bookings.status, "held"), gt(bookings.holdExpiresAt, now)),
          ),
        ),
      )
      .orderBy(asc(bookings.startsAt)),
  ]);

  const days = new Map<string, Awaited<ReturnType<typeof loadCanteenDay>>>();
  const cancellable = async (o: (typeof orders)[number]) => {
    if (!CANCELLABLE.includes(o.status)) return false;
    if (!days.has(o.serviceDate))
      days.set(o.serviceDate, await loadCanteenDay(deps, { communityId, now, date: o.serviceDate }));
    const day = days.get(o.serviceDate)!;
    const sitting = day.sittings.find((s) => s.name === o.sitting);
    return Boolean(sitting && day.open(sitting));
  };
  const entry = ({ booking: b, place, facilityKind, sessionName }: (typeof booked)[number]) => ({
    facilityKind,
    place: sessionName ?? place,
    forName: b.holderKind === "child" ? childName(b.holderId) : null,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
  });

  return {
    person: { kind: person.kind, name: person.name },
    today,
    mealCard: balanceFen === null ? null : { balanceFen },
    orders: await Promise.all(
      orders.map(async (o) => ({
        id: o.id,
        serviceDate: o.serviceDate,
        sitting: o.sitting,
        ticketNo: o.ticketNo,
        payFen: o.payFen,
        payment: o.payment,
        delivery: o.delivery,
        status: o.status,
        cancellable: await cancellable(o),
      })),
    ),
    bookings: booked
      .filter((b) => b.booking.status !== "held")
      .map((b) => ({ id: b.booking.id, status: b.booking.status as "confirmed" | "checked_in", ...entry(b) })),
    offers: booked
      .filter((b) => b.booking.status === "held")
      .map((b) => ({ bookingId: b.booking.id, expiresAt: b.booking.holdExpiresAt!.toISOString(), ...entry(b) })),
  };
}
