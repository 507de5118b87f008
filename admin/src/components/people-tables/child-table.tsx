import { t, tryT } from "../../i18n";
import type { Child } from "../../models/people";
import { DataTable } from "../data-table/data-table";

/** Children have no face entry, ever; they come in with a guardian's pass. */
export function ChildTable({ children }: { children: Child[] }) {
  return (
    <DataTable
      caption={t("people.children")}
      empty={t("people.noChildren")}
      columns={[t("people.name"), t("people.birthDate"), t("people.guardians")]}
      rows={children}
      row={(c) => (
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
      )}
    />
  );
}
