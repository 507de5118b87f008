import { asc, eq } from "drizzle-orm";
import { staff } from "../../db/schema";
import type { Deps } from "../shared/context";
import { toStaffView } from "./staff-view";

export async function listStaff({ db }: Deps, { communityId }: { communityId: string }) {
  const rows = await db.select().from(staff).where(eq(staff.communityId, communityId)).orderBy(asc(staff.username));
  return rows.map(toStaffView);
}
