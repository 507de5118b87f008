import { t } from "../../i18n";
import { paths } from "../../paths";
import { SubNav } from "../sub-nav/sub-nav";

/** The three operations pages, linked from each of them. */
export function OpsNav({ current }: { current: string }) {
  const links = [
    { href: paths.operations, label: t("ops.live.title") },
    { href: paths.capacity, label: t("ops.capacity.title") },
    { href: paths.closures, label: t("ops.closures.title") },
  ];
  return <SubNav label={t("ops.subnav")} links={links} current={current} />;
}
