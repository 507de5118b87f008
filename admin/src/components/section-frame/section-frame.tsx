import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { t } from "../../i18n";
import { communityId } from "../../models/community";
import { CommunityPicker } from "../community-picker/community-picker";
import "./section-frame.css";

/** An area of the panel: who may open it, its sub-navigation's name and its sections (message keys). */
export type Area = {
  allowed: () => boolean;
  navKey: MessageKey;
  sections: readonly { href: string; key: MessageKey }[];
};
type MessageKey = Parameters<typeof t>[0];

type Props = { title: string; children: (communityId: string) => ComponentChildren };

/** The frame of every page of one area: `export const CanteenFrame = sectionFrame({ … })`. */
export const sectionFrame = (area: Area) => (props: Props) => <SectionFrame area={area} {...props} />;

/**
 * An area of the panel with its own sections (the canteen, the study room): only for the staff
 * who run it, in one community, with the area's sub-navigation above the page's heading.
 */
export function SectionFrame({ area, title, children }: Props & { area: Area }) {
  const { path } = useLocation();
  if (!area.allowed()) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;
  return (
    <>
      <nav aria-label={t(area.navKey)} class="sub-nav no-print">
        <ul>
          {area.sections.map((s) => (
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
