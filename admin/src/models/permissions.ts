import { computed } from "@preact/signals";
import { myPermissions, type RolePermissions } from "./session";

// Read from the API's own permissions table (the row for the signed-in role), so the pages and
// buttons shown and the API's guards cannot disagree. The API still decides every request.
const can = (check: (p: RolePermissions) => boolean) =>
  computed(() => {
    const row = myPermissions.value;
    return row !== null && check(row);
  });

export const may = {
  residents: can((p) => p.people.resident.includes("read")),
  couriers: can((p) => p.people.courier.includes("read")),
  children: can((p) => p.people.child.includes("read")),
  kiosks: can((p) => p.community.includes("kiosks")),
  faces: can((p) => p.people.resident.includes("face") || p.people.courier.includes("face")),
  canteen: can((p) => p.facilities.canteen.includes("operate")),
  // Prices, subsidies and fund budgets are managed; canteen staff operate the canteen and read them.
  canteenMoney: can((p) => p.facilities.canteen.includes("manage")),
  studyRoom: can((p) => p.facilities.study_room.includes("operate")),
  station: can((p) => p.facilities.station.includes("operate")),
  babyRoom: can((p) => p.facilities.baby_room.includes("operate")),
  // The room's rules (free sessions, beyond them, its size) are managed, as the canteen's prices are.
  babyRoomRules: can((p) => p.facilities.baby_room.includes("manage")),
  reports: can((p) => p.community.includes("reports")),
  compareCommunities: can((p) => p.community.includes("compare_communities")),
};

export const mayListPeople = computed(() => may.residents.value || may.couriers.value || may.children.value);
