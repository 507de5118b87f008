import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { t } from "../../i18n";
import { communityId } from "../../models/community";
import { may } from "../../models/permissions";
import { paths } from "../../paths";
import { CommunityPicker } from "../community-picker/community-picker";

const SECTIONS = [
  { href: paths.canteen, key: "canteen.nav.today" },
  { href: paths.canteenDeliveries, key: "canteen.nav.deliveries" },
  { href: paths.mealCards, key: "canteen.nav.cards" },
  { href: paths.menus, key: "canteen.nav.menus" },
  { href: paths.pricing, key: "canteen.nav.pricing" },
  { href: paths.settlement, key: "canteen.nav.settlement" },
] as const;

/** Every canteen page: only for the canteen's staff, in one community, with the canteen's own sections. */
export function CanteenFrame({ title, children }: { title: string; children: (communityId: string) => ComponentChildren }) {
  const { path } = useLocation();
  if (!may.canteen.value) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;
  return (
    <>
      <nav aria-label={t("canteen.nav")} class="sub-nav no-print">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.href}>
              <a href={s.href} aria-current={path === s.href ? "page" : undefined}>
                {t(s.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h1 class="no-print">{title}</h1>
      {children(id)}
    </>
  );
}
