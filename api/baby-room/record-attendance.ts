import { babyAttendance } from "../../db/schema";
import type { Deps } from "../shared/context";
import { newId } from "../shared/crypto";

export type AttendanceEvent = Omit<typeof babyAttendance.$inferInsert, "id" | "at">;

/** A door event (refusals included) as an unexecuted insert, to batch with what it records. */
export const attendanceInsert = ({ db, clock }: Pick<Deps, "db" | "clock">, event: AttendanceEvent) =>
  db.insert(babyAttendance).values({ id: newId(), at: clock.now(), ...event });
