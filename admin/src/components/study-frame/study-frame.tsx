import { may } from "../../models/permissions";
import { sectionFrame } from "../section-frame/section-frame";
import "../../styles/study-room.css";

/** Every study-room page: for the community's admins, with the room's own sections. */
export const StudyFrame = sectionFrame("study", () => may.studyRoom.value);
