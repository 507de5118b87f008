import { computed } from "@preact/signals";
import { me, type StaffRole } from "./session";

// Mirrors the communityStaff(...) lists on the API's routes. The API still decides; this only
// keeps staff from being shown pages and buttons it would refuse them.
const rolesMay = (...roles: StaffRole[]) =>
  computed(() => {
    const role = me.value?.role;
    return role !== undefined && roles.includes(role);
  });

export const may = {
  residents: rolesMay("district_admin", "community_admin", "canteen_staff", "baby_room_staff"),
  couriers: rolesMay("district_admin", "community_admin", "station_keeper"),
  children: rolesMay("district_admin", "community_admin", "baby_room_staff"),
  kiosks: rolesMay("district_admin", "community_admin"),
  faces: rolesMay("district_admin", "community_admin", "canteen_staff", "station_keeper"),
  canteen: rolesMay("district_admin", "community_admin", "canteen_staff"),
  // Prices, subsidies and fund budgets are the admins' to change; canteen staff read them.
  canteenMoney: rolesMay("district_admin", "community_admin"),
  // No role runs the study room alone: the community's admins do.
  studyRoom: rolesMay("district_admin", "community_admin"),
  // The station's keeper runs it; the admins may too.
  station: rolesMay("district_admin", "community_admin", "station_keeper"),
  babyRoom: rolesMay("district_admin", "community_admin", "baby_room_staff"),
};

export const mayListPeople = computed(() => may.residents.value || may.couriers.value || may.children.value);
