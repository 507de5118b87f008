import { may } from "../../models/permissions";
import { sectionFrame } from "../section-frame/section-frame";

/** Every canteen page: only for the canteen's staff, in one community, with the canteen's own sections. */
export const CanteenFrame = sectionFrame("canteen", () => may.canteen.value);
