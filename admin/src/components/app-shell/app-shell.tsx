import { useSignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { ErrorMessage } from "@ui/error-message";
import { i18n, locale, t, toggleLocale } from "../../i18n";
import { community } from "../../models/community";
import { mayOperate } from "../../models/operations";
import { may, mayListPeople } from "../../models/permissions";
import { isAdmin, me, signOut } from "../../models/session";
import { paths } from "../../paths";
import { StaffCallPanel } from "../staff-calls/staff-call-panel";
import "./app-shell.css";

/** Header with the navigation this role may use, then the page in the one <main>. */
export function AppShell({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const signOutError = useSignal<unknown>(null);
  const links = [
    { href: paths.home, label: t("nav.home"), show: true },
    { href: paths.operations, label: t("nav.operations"), show: mayOperate.value, section: `${paths.operations}/` },
    { href: paths.people, label: t("nav.people"), show: mayListPeople.value },
    { href: paths.passes, label: t("nav.passes"), show: may.residents.value || may.couriers.value },
    { href: paths.canteen, label: t("nav.canteen"), show: may.canteen.value, section: `${paths.canteen}/` },
    { href: paths.studyRoom, label: t("nav.studyRoom"), show: may.studyRoom.value, section: `${paths.studyRoom}/` },
    { href: paths.station, label: t("nav.station"), show: may.station.value },
    { href: paths.babyRoom, label: t("nav.babyRoom"), show: may.babyRoom.value, section: `${paths.babyRoom}/` },
    { href: paths.reports, label: t("nav.reports"), show: may.reports.value },
    { href: paths.kiosks, label: t("nav.kiosks"), show: may.kiosks.value },
    { href: paths.staff, label: t("nav.staff"), show: isAdmin.value },
    { href: paths.audit, label: t("nav.audit"), show: isAdmin.value },
  ].filter((l) => l.show);
  const onSignOut = () => signOut().catch((err: unknown) => (signOutError.value = err));

  return (
    <>
      <a class="skip-link no-print" href="#main">
        {t("app.skip")}
      </a>
      <header class="app-header no-print">
        <p class="app-header-title">
          {t("app.title")}
          {community.value && <span class="app-header-community">{community.value.name}</span>}
        </p>
        {me.value && (
          <nav aria-label={t("nav.label")}>
            <ul class="app-nav">
              {links.map((l) => (
                <li key={l.href}>
                  <a
                    href={l.href}
                    aria-current={
                      path === l.href ? "page" : l.section && path.startsWith(l.section) ? "true" : undefined
                    }
                  >
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div class="app-header-actions">
          <button
            type="button"
            class="secondary"
            lang={locale.value === "zh-CN" ? "en" : "zh-CN"}
            onClick={toggleLocale}
          >
            {t("language.other")}
          </button>
          {me.value && (
            <button type="button" class="secondary" onClick={() => void onSignOut()}>
              {t("nav.signOut")}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {me.value && <StaffCallPanel />}
        {signOutError.value !== null && <ErrorMessage error={signOutError.value} i18n={i18n} />}
        {children}
      </main>
    </>
  );
}
