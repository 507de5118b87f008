import { t, tryT } from "../../i18n";
import type { Child } from "../../models/people";

/** Children have no face entry, ever; they come in with a guardian's pass. */
export function ChildTable({ children }: { children: Child[] }) {
  if (children.length === 0) return <p>{t("people.noChildren")}</p>;
  return (
    <table class="data-table">
      <caption class="visually-hidden">{t("people.children")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("people.name")}</th>
          <th scope="col">{t("people.birthDate")}</th>
          <th scope="col">{t("people.guardians")}</th>
        </tr>
      </thead>
      <tbody>
        {children.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.name}</th>
            <td>{c.birthDate}</td>
            <td>
              {c.guardians
                .map((g) =>
                  t("people.guardianAs", { name: g.name, relation: tryT(`relation.${g.relation}`) ?? g.relation }),
                )
                .join(t("people.listSeparator")) || "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
