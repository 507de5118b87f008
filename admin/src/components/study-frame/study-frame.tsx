import type { ComponentChildren } from "preact";
import { t } from "../../i18n";
import { may } from "../../models/permissions";
import { paths } from "../../paths";
import { SectionFrame } from "../section-frame/section-frame";
import "../../styles/study-room.css";

const SECTIONS = [
  { href: paths.studyRoom, key: "study.nav.live" },
  { href: paths.studyNoShows, key: "study.nav.noShows" },
  { href: paths.studySetup, key: "study.nav.setup" },
  { href: paths.studyReport, key: "study.nav.report" },
] as const;

/** Every study-room page: for the community's admins, with the room's own sections. */
export function StudyFrame({
  title,
  children,
}: {
  title: string;
  children: (communityId: string) => ComponentChildren;
}) {
  return (
    <SectionFrame
      allowed={may.studyRoom.value}
      navLabel={t("study.nav")}
      sections={SECTIONS.map((s) => ({ href: s.href, label: t(s.key) }))}
      title={title}
    >
      {children}
    </SectionFrame>
  );
}
