import { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { setCourierStatus, type Courier } from "../../models/people";
import { StatusCells } from "./status-cells";
import { DataTable } from "../data-table/data-table";

/** Station keepers verify a courier's platform card once, and suspend anyone who breaks the rules. */
export function CourierTable({ communityId, couriers }: { communityId: string; couriers: Courier[] }) {
  const action = useAction();
  const change = (courier: Courier, json: Partial<Record<State, boolean>>) =>
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
            <Toggle courier={c} state="verified" change={change} />
            <Toggle courier={c} state="suspended" change={change} />
          </td>
        </tr>
      )}
    />
  );
}

type State = "verified" | "suspended";
/** What the button does while a state is off, and while it is on. */
const ACTS = {
  verified: ["people.verify", "people.unverify"],
  suspended: ["people.suspend", "people.resume"],
} as const;
type ToggleProps = {
  courier: Courier;
  state: State;
  change: (c: Courier, json: Partial<Record<State, boolean>>) => void;
};

/** Turns one of a courier's states on or off; a screen reader hears whom it acts on ("Verify 王强"). */
function Toggle({ courier, state, change }: ToggleProps) {
  const on = courier[state];
  const act = ACTS[state][on ? 1 : 0];
  return (
    <button
      type="button"
      class="secondary"
      aria-label={t(`${act}Of`, { name: courier.name })}
      onClick={() => change(courier, { [state]: !on })}
    >
      {t(act)}
    </button>
  );
}
