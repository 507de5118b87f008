import { may } from "../../models/permissions";
import { sectionFrame } from "../section-frame/section-frame";

/** Every baby-room page: for the room's staff and the community's admins, with the room's sections. */
export const BabyFrame = sectionFrame("baby", () => may.babyRoom.value);
