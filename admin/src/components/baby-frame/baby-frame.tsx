import { may } from "../../models/permissions";
import { paths } from "../../paths";
import { sectionFrame } from "../section-frame/section-frame";

/** Every baby-room page: for the room's staff and the community's admins, with the room's sections. */
export const BabyFrame = sectionFrame({
  allowed: () => may.babyRoom.value,
  navKey: "baby.nav",
  sections: [
    { href: paths.babyRoom, key: "baby.nav.week" },
    { href: paths.babyChildren, key: "baby.nav.children" },
    { href: paths.babyReport, key: "baby.nav.report" },
    { href: paths.babySetup, key: "baby.nav.setup" },
  ],
});
