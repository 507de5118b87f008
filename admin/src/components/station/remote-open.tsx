import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { occupancy, openDoor, reviewCourier, stationCouriers, stationDoors } from "../../models/station";
import { Field } from "../field/field";
import { SelectField } from "../field/select-field";
import { FormFooter } from "../form-footer/form-footer";
import { Form } from "../form/form";

type Key = Parameters<typeof t>[0];

/**
 * Open a door for a named rider (their phone died, or a woman the women's door does not yet know):
 * the entry takes a place like a pass does, so a full station says so instead of opening. The
 * reason is required and goes into the audit.
 */
export function RemoteOpenForm() {
  const submit = useSubmit(async (data) => {
    const r = await openDoor(text(data, "doorId"), {
      courierId: text(data, "courierId"),
      direction: text(data, "direction") === "out" ? "out" : "in",
      reason: text(data, "reason"),
    });
    void occupancy.reload();
    if (r.state === "full") return t("station.remoteFull", { inside: r.inside, capacity: r.capacity });
    if (r.state === "opened") return t("station.remoteOpened", { inside: r.inside, capacity: r.capacity });
    return t("station.notOpened", { status: String(r.relayStatus ?? "—"), answer: r.answer });
  });
  const riders = (stationCouriers.data.value ?? []).map((c) => ({
    value: c.id,
    label: `${c.name} · ${t(`station.platform.${c.platform}` as Key)} · ${t(`station.status.${c.status}` as Key)}`,
  }));
  return (
    <Form of={submit} class="panel-form" aria-labelledby="station-remote-open">
      <h2 id="station-remote-open">{t("station.remoteOpen")}</h2>
      <SelectField
        label={t("station.door")}
        name="doorId"
        required
        placeholder={t("station.chooseDoor")}
        options={(stationDoors.data.value ?? []).map((d) => ({ value: d.id, label: d.name }))}
      />
      <SelectField
        label={t("station.rider")}
        name="courierId"
        required
        placeholder={t("station.chooseRider")}
        options={riders}
      />
      <SelectField
        label={t("station.direction")}
        name="direction"
        options={[
          { value: "in", label: t("station.direction.in") },
          { value: "out", label: t("station.direction.out") },
        ]}
      />
      <Field label={t("station.reason")} name="reason" required minLength={2} maxLength={200} />
      <FormFooter {...submit} label={t("station.openNow")} />
    </Form>
  );
}

/** Verify, suspend or reinstate a rider, with the reason the audit keeps. */
export function CourierReviewForm() {
  const submit = useSubmit(async (data) => {
    const act = text(data, "act") as "verify" | "suspend" | "reinstate";
    await reviewCourier(text(data, "courierId"), act, text(data, "reason"));
    void stationCouriers.reload();
    return t(`station.reviewed.${act}` as Key);
  });
  return (
    <Form of={submit} class="panel-form" aria-labelledby="station-review">
      <h2 id="station-review">{t("station.review")}</h2>
      <SelectField
        label={t("station.rider")}
        name="courierId"
        required
        placeholder={t("station.chooseRider")}
        options={(stationCouriers.data.value ?? []).map((c) => ({
          value: c.id,
          label: `${c.name} · ${t(`station.status.${c.status}` as Key)}`,
        }))}
      />
      <SelectField
        label={t("station.act")}
        name="act"
        options={(["verify", "suspend", "reinstate"] as const).map((a) => ({ value: a, label: t(`station.act.${a}`) }))}
      />
      <Field label={t("station.reason")} name="reason" required minLength={2} maxLength={200} />
      <FormFooter {...submit} label={t("station.reviewNow")} />
    </Form>
  );
}
