import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { t } from "../../i18n";
import { paths } from "../../paths";
import { CommunityPage } from "../community-page/community-page";
import { SubNav } from "../sub-nav/sub-nav";

type MessageKey = Parameters<typeof t>[0];
/** The names of an area's sections: the messages "<area>.nav.<name>" (`"canteen.nav.today"` → `today`). */
type SectionName<A extends string> = MessageKey extends infer K ? (K extends `${A}.nav.${infer S}` ? S : never) : never;
type AreaName = "canteen" | "study" | "baby";

/** Each area's sections, in the order of its sub-navigation: a page's path under the name of its label. */
const areas: { [A in AreaName]: Partial<Record<SectionName<A>, string>> } = {
  canteen: {
    today: paths.canteen,
    deliveries: paths.canteenDeliveries,
    cards: paths.mealCards,
    menus: paths.menus,
    pricing: paths.pricing,
    settlement: paths.settlement,
  },
  study: {
    live: paths.studyRoom,
    noShows: paths.studyNoShows,
    setup: paths.studySetup,
    report: paths.studyReport,
  },
  baby: {
    week: paths.babyRoom,
    children: paths.babyChildren,
    report: paths.babyReport,
    setup: paths.babySetup,
  },
};

type Props = { title: string; children: (communityId: string) => ComponentChildren };

/** The frame of every page of one area: `export const CanteenFrame = sectionFrame("canteen", () => may…)`. */
export const sectionFrame = (area: AreaName, allowed: () => boolean) =>
  function SectionFrame({ title, children }: Props) {
    const { path } = useLocation();
    const links = Object.entries<string>(areas[area]).map(([name, href]) => ({
      href,
      label: t(`${area}.nav.${name}` as MessageKey),
    }));
    return (
      <CommunityPage
        allowed={allowed()}
        title={title}
        nav={<SubNav label={t(`${area}.nav`)} links={links} current={path} class="no-print" />}
      >
        {children}
      </CommunityPage>
    );
  };
