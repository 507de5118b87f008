import type { ComponentChildren } from "preact";
import { t } from "../../i18n";
import { may } from "../../models/permissions";
import { paths } from "../../paths";
import { SectionFrame } from "../section-frame/section-frame";

const SECTIONS = [
  { href: paths.canteen, key: "canteen.nav.today" },
  { href: paths.canteenDeliveries, key: "canteen.nav.deliveries" },
  { href: paths.mealCards, key: "canteen.nav.cards" },
  { href: paths.menus, key: "canteen.nav.menus" },
  { href: paths.pricing, key: "canteen.nav.pricing" },
  { href: paths.settlement, key: "canteen.nav.settlement" },
] as const;

/** Every canteen page: only for the canteen's staff, in one community, with the canteen's own sections. */
export function CanteenFrame({
  title,
  children,
}: {
  title: string;
  children: (communityId: string) => ComponentChildren;
}) {
  return (
    <SectionFrame
      allowed={may.canteen.value}
      navLabel={t("canteen.nav")}
      sections={SECTIONS.map((s) => ({ href: s.href, label: t(s.key) }))}
      title={title}
    >
      {children}
    </SectionFrame>
  );
}
