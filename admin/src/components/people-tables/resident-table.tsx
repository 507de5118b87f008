import { t } from "../../i18n";
import type { Resident } from "../../models/people";
import { StatusCells } from "./status-cells";

/** Phones and flats arrive masked from the API; this table never sees the full values. */
export function ResidentTable({ residents }: { residents: Resident[] }) {
  if (residents.length === 0) return <p>{t("people.noResidents")}</p>;
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption class="visually-hidden">{t("people.residents")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("people.name")}</th>
            <th scope="col">{t("people.birthDate")}</th>
            <th scope="col">{t("people.gender")}</th>
            <th scope="col">{t("people.phone")}</th>
            <th scope="col">{t("people.address")}</th>
            <th scope="col">{t("people.grid")}</th>
            <th scope="col">{t("people.groups")}</th>
            <th scope="col">{t("people.pass")}</th>
            <th scope="col">{t("people.faceState")}</th>
          </tr>
        </thead>
        <tbody>
          {residents.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.birthDate}</td>
              <td>{t(`gender.${r.gender}`)}</td>
              <td>{r.phone ?? "—"}</td>
              <td>{r.address ?? "—"}</td>
              <td>{r.grid ?? "—"}</td>
              <td>{r.groups.length ? r.groups.map((g) => t(`group.${g}`)).join(t("people.listSeparator")) : "—"}</td>
              <StatusCells kind="resident" id={r.id} name={r.name} person={r} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
