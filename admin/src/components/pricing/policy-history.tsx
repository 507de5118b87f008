import { locale, t } from "../../i18n";
import type { PolicyVersion } from "../../models/canteen";

/** Every version, newest first: versions are never edited, so this is the whole history. */
export function PolicyHistory({ items, today }: { items: PolicyVersion[]; today: string }) {
  const state = (p: PolicyVersion) =>
    p.inForce ? t("pricing.inForce") : p.effectiveFrom > today ? t("pricing.future") : t("pricing.past");
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption class="visually-hidden">{t("pricing.history")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pricing.version")}</th>
            <th scope="col">{t("pricing.effectiveFrom")}</th>
            <th scope="col">{t("pricing.state")}</th>
            <th scope="col">{t("pricing.createdBy")}</th>
            <th scope="col">{t("cards.at")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              <th scope="row">{t("pricing.versionN", { version: p.version })}</th>
              <td>{p.effectiveFrom}</td>
              <td>{state(p)}</td>
              <td>{p.createdBy ?? t("pricing.seeded")}</td>
              <td>{new Date(p.createdAt).toLocaleString(locale.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
