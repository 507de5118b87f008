import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { t } from "../../i18n";
import { communityId } from "../../models/community";
import { CommunityPicker } from "../community-picker/community-picker";

export type Section = { href: string; label: string };

type Props = {
  allowed: boolean;
  navLabel: string;
  sections: Section[];
  title: string;
  children: (communityId: string) => ComponentChildren;
};

/**
 * An area of the panel with its own sections (the canteen, the study room): only for the staff
 * who run it, in one community, with the area's sub-navigation above the page's heading.
 */
export function SectionFrame({ allowed, navLabel, sections, title, children }: Props) {
  const { path } = useLocation();
  if (!allowed) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;
  return (
    <>
      <nav aria-label={navLabel} class="sub-nav no-print">
        <ul>
          {sections.map((s) => (
            <li key={s.href}>
              <a href={s.href} aria-current={path === s.href ? "page" : undefined}>
                {s.label}
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
