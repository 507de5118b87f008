import { t } from "../../i18n";
import type { Resident } from "../../models/people";
import { groupName } from "../../models/resident-groups";
import { StatusCells } from "./status-cells";
import { DataTable } from "../data-table/data-table";

/** Phones and flats arrive masked from the API; this table never sees the full values. */
export function ResidentTable({ residents }: { residents: Resident[] }) {
  return (
    <DataTable
      caption={t("people.residents")}
      empty={t("people.noResidents")}
      columns={[
        t("people.name"),
        t("people.birthDate"),
        t("people.gender"),
        t("people.phone"),
        t("people.address"),
        t("people.grid"),
        t("people.groups"),
        t("people.pass"),
        t("people.faceState"),
      ]}
      rows={residents}
      row={(r) => (
        <tr key={r.id}>
          <th scope="row">{r.name}</th>
          <td>{r.birthDate}</td>
          <td>{t(`gender.${r.gender}`)}</td>
          <td>{r.phone ?? "—"}</td>
          <td>{r.address ?? "—"}</td>
          <td>{r.grid ?? "—"}</td>
          <td>{r.groups.length ? r.groups.map(groupName).join(t("people.listSeparator")) : "—"}</td>
          <StatusCells kind="resident" id={r.id} name={r.name} person={r} />
        </tr>
      )}
    />
  );
}
