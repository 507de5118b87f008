import type { ComponentChildren } from "preact";
import { t } from "../../i18n";
import { communityId } from "../../models/community";
import { CommunityPicker } from "../community-picker/community-picker";

type Props = {
  /** Whether the signed-in staff may open the page. */
  allowed: boolean;
  title: string;
  /**
   * An area's sub-navigation, above the heading; both are left off paper then, since an area's
   * printed page (a claim, a report) carries its own heading.
   */
  nav?: ComponentChildren;
  children: (communityId: string) => ComponentChildren;
};

/**
 * A page of one community's panel: refused to the staff not allowed it, the community picker until
 * a community is chosen, then the page under its heading.
 */
export function CommunityPage({ allowed, title, nav, children }: Props) {
  if (!allowed) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;
  return (
    <>
      {nav}
      <h1 class={nav ? "no-print" : undefined}>{title}</h1>
      {children(id)}
    </>
  );
}
