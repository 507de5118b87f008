import { t } from "../../i18n";
import { paths } from "../../paths";

/** The three operations pages, linked from each of them. */
export function OpsNav({ current }: { current: string }) {
  const links = [
    { href: paths.operations, label: t("ops.live.title") },
    { href: paths.capacity, label: t("ops.capacity.title") },
    { href: paths.closures, label: t("ops.closures.title") },
  ];
  return (
    <nav aria-label={t("ops.subnav")} class="sub-nav">
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} aria-current={l.href === current ? "page" : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
