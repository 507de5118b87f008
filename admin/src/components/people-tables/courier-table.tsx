import { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { setCourierStatus, type Courier } from "../../models/people";
import { StatusCells } from "./status-cells";
import { DataTable } from "../data-table/data-table";

/** Station keepers verify a courier's platform card once, and suspend anyone who breaks the rules. */
export function CourierTable({ communityId, couriers }: { communityId: string; couriers: Courier[] }) {
  const action = useAction();
  const change = (courier: Courier, json: { verified?: boolean; suspended?: boolean }) =>
    action.run(async () => {
      await setCourierStatus(communityId, courier.id, json);
      return t("people.saved", { name: courier.name });
    });

  return (
    <DataTable
      caption={t("people.couriers")}
      empty={t("people.noCouriers")}
      action={action}
      columns={[
        t("people.name"),
        t("people.platform"),
        t("people.gender"),
        t("people.phone"),
        t("people.courierState"),
        t("people.pass"),
        t("people.faceState"),
        t("staff.actions"),
      ]}
      rows={couriers}
      row={(c) => (
        <tr key={c.id} class={c.suspended ? "is-disabled" : undefined}>
          <th scope="row">{c.name}</th>
          <td>{t(`platform.${c.platform}`)}</td>
          <td>{t(`gender.${c.gender}`)}</td>
          <td>{c.phone ?? "—"}</td>
          <td>{t(c.suspended ? "people.suspended" : c.verified ? "people.verified" : "people.unverified")}</td>
          <StatusCells kind="courier" id={c.id} name={c.name} person={c} />
          <td class="actions">
            <button
              type="button"
              class="secondary"
              aria-label={t(c.verified ? "people.unverifyOf" : "people.verifyOf", { name: c.name })}
              onClick={() => void change(c, { verified: !c.verified })}
            >
              {t(c.verified ? "people.unverify" : "people.verify")}
            </button>
            <button
              type="button"
              class="secondary"
              aria-label={t(c.suspended ? "people.resumeOf" : "people.suspendOf", { name: c.name })}
              onClick={() => void change(c, { suspended: !c.suspended })}
            >
              {t(c.suspended ? "people.resume" : "people.suspend")}
            </button>
          </td>
        </tr>
      )}
    />
  );
}
