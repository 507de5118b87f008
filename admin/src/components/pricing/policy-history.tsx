import { locale, t } from "../../i18n";
import type { PolicyVersion } from "../../models/canteen";
import { DataTable } from "../data-table/data-table";

/** Every version, newest first: versions are never edited, so this is the whole history. */
export function PolicyHistory({ items, today }: { items: PolicyVersion[]; today: string }) {
  const state = (p: PolicyVersion) =>
    p.inForce ? t("pricing.inForce") : p.effectiveFrom > today ? t("pricing.future") : t("pricing.past");
  return (
    <DataTable
      caption={t("pricing.history")}
      columns={[
        t("pricing.version"),
        t("pricing.effectiveFrom"),
        t("pricing.state"),
        t("pricing.createdBy"),
        t("cards.at"),
      ]}
      rows={items}
      row={(p) => (
        <tr key={p.id}>
          <th scope="row">{t("pricing.versionN", { version: p.version })}</th>
          <td>{p.effectiveFrom}</td>
          <td>{state(p)}</td>
          <td>{p.createdBy ?? t("pricing.seeded")}</td>
          <td>{new Date(p.createdAt).toLocaleString(locale.value)}</td>
        </tr>
      )}
    />
  );
}
