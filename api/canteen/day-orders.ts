import { and, eq, ne, type SQL } from "drizzle-orm";
import type { SQLiteSelect } from "drizzle-orm/sqlite-core";
import { mealOrders, residents } from "../../db/schema";

/**
 * A service date's standing orders (every status but cancelled), each joined to its diner, and
 * if given one more condition: the counter's tickets and the delivery round read the same day
 * this way. Takes a dynamic select from meal_orders with the columns the list wants.
 */
export const dayOrders = <Q extends SQLiteSelect>(
  query: Q,
  { communityId, serviceDate, also }: { communityId: string; serviceDate: string; also?: SQL },
) =>
  query
    .innerJoin(residents, eq(residents.id, mealOrders.residentId))
    .where(
      and(
        eq(mealOrders.communityId, communityId),
        eq(mealOrders.serviceDate, serviceDate),
        ne(mealOrders.status, "cancelled"),
        also,
      ),
    );
