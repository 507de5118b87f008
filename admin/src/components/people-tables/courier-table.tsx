import { useSignal } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { i18n, t } from "../../i18n";
import { setCourierStatus, type Courier } from "../../models/people";
import { StatusCells } from "./status-cells";

/** Station keepers verify a courier's platform card once, and suspend anyone who breaks the rules. */
export function CourierTable({ communityId, couriers }: { communityId: string; couriers: Courier[] }) {
  const error = useSignal<unknown>(null);
  const saved = useSignal<string | null>(null);
  if (couriers.length === 0) return <p>{t("people.noCouriers")}</p>;

  async function change(courier: Courier, json: { verified?: boolean; suspended?: boolean }) {
    error.value = null;
    saved.value = null;
    try {
      await setCourierStatus(communityId, courier.id, json);
      saved.value = t("people.saved", { name: courier.name });
    } catch (err) {
      error.value = err;
    }
  }

  return (
    <>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <p role="status" class="status-message">
        {saved.value}
      </p>
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">{t("people.couriers")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("people.name")}</th>
              <th scope="col">{t("people.platform")}</th>
              <th scope="col">{t("people.gender")}</th>
              <th scope="col">{t("people.phone")}</th>
              <th scope="col">{t("people.courierState")}</th>
              <th scope="col">{t("people.pass")}</th>
              <th scope="col">{t("people.faceState")}</th>
              <th scope="col">{t("staff.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {couriers.map((c) => (
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
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
