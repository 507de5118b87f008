import { may } from "../../models/permissions";
import { paths } from "../../paths";
import { sectionFrame } from "../section-frame/section-frame";

/** Every canteen page: only for the canteen's staff, in one community, with the canteen's own sections. */
export const CanteenFrame = sectionFrame({
  allowed: () => may.canteen.value,
  navKey: "canteen.nav",
  sections: [
    { href: paths.canteen, key: "canteen.nav.today" },
    { href: paths.canteenDeliveries, key: "canteen.nav.deliveries" },
    { href: paths.mealCards, key: "canteen.nav.cards" },
    { href: paths.menus, key: "canteen.nav.menus" },
    { href: paths.pricing, key: "canteen.nav.pricing" },
    { href: paths.settlement, key: "canteen.nav.settlement" },
  ],
});
