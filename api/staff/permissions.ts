import type { FacilityKind, PersonKind, StaffRole } from "../../db/schema";

/**
 * What each role may do, as data: on kinds of people, on kinds of facilities and on the community
 * itself. The API's guards read this table (guard.ts `staffMay`, `assertMayForPerson`), the admin
 * reads it from GET /api/staff/permissions to decide what to show, and the authorization test
 * generates its role × operation matrix from it, so the three cannot disagree.
 */
export const personActions = ["read", "write", "issue_pass", "face"] as const;
export type PersonAction = (typeof personActions)[number];
// "welfare": the people's contact details in full, for following them up (the canteen's missed
// deliveries, the station keeper ringing a rider); everyone else sees them masked.
export const facilityActions = ["operate", "manage", "welfare"] as const;
export type FacilityAction = (typeof facilityActions)[number];
// "reports": the month's charts and CSVs across the facilities; "compare_communities": the same
// side by side for every community of a district.
export const communityActions = [
  "kiosks",
  "staff",
  "audit",
  "staff_calls",
  "create_community",
  "reports",
  "compare_communities",
] as const;
export type CommunityAction = (typeof communityActions)[number];

export type RolePermissions = {
  people: { [K in PersonKind]: PersonAction[] };
  facilities: { [K in FacilityKind]: FacilityAction[] };
  community: CommunityAction[];
};

const everyPersonAction = (): PersonAction[] => [...personActions];
const nothing: never[] = [];

// A district admin does in any community of the district what a community admin does in theirs.
const adminOf = {
  people: { resident: everyPersonAction(), courier: everyPersonAction(), child: ["read", "write", "issue_pass"] },
  facilities: {
    canteen: [...facilityActions],
    study_room: [...facilityActions],
    // Riders' phone numbers are for the keeper who rings them, not for the admins.
    station: ["operate", "manage"],
    baby_room: [...facilityActions],
  },
} satisfies Omit<RolePermissions, "community">;

export const PERMISSIONS: { [R in StaffRole]: RolePermissions } = {
  district_admin: { ...adminOf, community: [...communityActions] },
  community_admin: { ...adminOf, community: ["kiosks", "staff", "audit", "staff_calls", "reports"] },
  // The canteen desk serves residents (cards, faces, passes) and follows up missed deliveries.
  canteen_staff: {
    people: { resident: everyPersonAction(), courier: nothing, child: nothing },
    facilities: { canteen: ["operate", "welfare"], study_room: nothing, station: nothing, baby_room: nothing },
    community: ["staff_calls"],
  },
  // The station keeper serves couriers only: a resident's pass or face is not theirs to touch.
  station_keeper: {
    people: { resident: nothing, courier: everyPersonAction(), child: nothing },
    facilities: { canteen: nothing, study_room: nothing, station: ["operate", "welfare"], baby_room: nothing },
    community: ["staff_calls"],
  },
  // Baby-room staff serve children and their guardians (residents); no faces for children.
  baby_room_staff: {
    people: { resident: ["read", "write", "issue_pass"], courier: nothing, child: ["read", "write", "issue_pass"] },
    facilities: { canteen: nothing, study_room: nothing, station: nothing, baby_room: ["operate"] },
    community: ["staff_calls"],
  },
};

export type Permission =
  | { person: PersonKind; action: PersonAction }
  | { facility: FacilityKind; action: FacilityAction }
  | { community: CommunityAction };

export function may(role: StaffRole, p: Permission): boolean {
  const row = PERMISSIONS[role];
  if ("person" in p) return row.people[p.person].includes(p.action);
  if ("facility" in p) return row.facilities[p.facility].includes(p.action);
  return row.community.includes(p.community);
}

/** The roles the table lets do `p`, for a route's guard. */
export const rolesThatMay = (p: Permission) => (Object.keys(PERMISSIONS) as StaffRole[]).filter((r) => may(r, p));

/** Any of these: a route that serves several kinds (a list open to whoever serves any of them). */
export const rolesThatMayAny = (...ps: Permission[]) =>
  (Object.keys(PERMISSIONS) as StaffRole[]).filter((r) => ps.some((p) => may(r, p)));
