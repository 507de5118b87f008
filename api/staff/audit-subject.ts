import { sql } from "drizzle-orm";
import {
  auditLog,
  bookingBans,
  bookings,
  children,
  couriers,
  mealOrders,
  residents,
  staff,
  staffCalls,
  welfareAlerts,
} from "../../db/schema";

/**
 * Whom an audit entry touched, read from the entry itself: a person or staff member the entry is
 * about, or the holder of the booking, ban, order, alert or staff call it is about. One place
 * knows this mapping, for the filter by person and for the name shown; an entry about a thing
 * (a menu, a seat, a kiosk) touched no one.
 */
const e = auditLog.entity;
const id = auditLog.entityId;

export const subjectKind = sql<"resident" | "courier" | "child" | "staff" | null>`(CASE
  WHEN ${e} IN ('resident', 'courier', 'child', 'staff') THEN ${e}
  WHEN ${e} IN ('meal_order', 'welfare_alert') THEN 'resident'
  WHEN ${e} = 'booking' THEN (SELECT ${bookings.holderKind} FROM ${bookings} WHERE ${bookings.id} = ${id})
  WHEN ${e} = 'booking_ban' THEN (SELECT ${bookingBans.holderKind} FROM ${bookingBans} WHERE ${bookingBans.id} = ${id})
  WHEN ${e} = 'staff_call' THEN (SELECT ${staffCalls.identifiedKind} FROM ${staffCalls} WHERE ${staffCalls.id} = ${id})
END)`;

export const subjectId = sql<string | null>`(CASE
  WHEN ${e} IN ('resident', 'courier', 'child', 'staff') THEN ${id}
  WHEN ${e} = 'meal_order' THEN (SELECT ${mealOrders.residentId} FROM ${mealOrders} WHERE ${mealOrders.id} = ${id})
  WHEN ${e} = 'welfare_alert' THEN (SELECT ${welfareAlerts.residentId} FROM ${welfareAlerts} WHERE ${welfareAlerts.id} = ${id})
  WHEN ${e} = 'booking' THEN (SELECT ${bookings.holderId} FROM ${bookings} WHERE ${bookings.id} = ${id})
  WHEN ${e} = 'booking_ban' THEN (SELECT ${bookingBans.holderId} FROM ${bookingBans} WHERE ${bookingBans.id} = ${id})
  WHEN ${e} = 'staff_call' THEN (SELECT ${staffCalls.identifiedId} FROM ${staffCalls} WHERE ${staffCalls.id} = ${id})
END)`;

export const subjectName = sql<string | null>`(CASE ${subjectKind}
  WHEN 'resident' THEN (SELECT ${residents.name} FROM ${residents} WHERE ${residents.id} = ${subjectId})
  WHEN 'courier' THEN (SELECT ${couriers.name} FROM ${couriers} WHERE ${couriers.id} = ${subjectId})
  WHEN 'child' THEN (SELECT ${children.name} FROM ${children} WHERE ${children.id} = ${subjectId})
  WHEN 'staff' THEN (SELECT ${staff.displayName} FROM ${staff} WHERE ${staff.id} = ${subjectId})
END)`;
