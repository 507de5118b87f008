import { may } from "../../models/permissions";
import { paths } from "../../paths";
import { sectionFrame } from "../section-frame/section-frame";
import "../../styles/study-room.css";

/** Every study-room page: for the community's admins, with the room's own sections. */
export const StudyFrame = sectionFrame({
  allowed: () => may.studyRoom.value,
  navKey: "study.nav",
  sections: [
    { href: paths.studyRoom, key: "study.nav.live" },
    { href: paths.studyNoShows, key: "study.nav.noShows" },
    { href: paths.studySetup, key: "study.nav.setup" },
    { href: paths.studyReport, key: "study.nav.report" },
  ],
});
