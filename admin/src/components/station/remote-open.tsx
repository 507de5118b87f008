import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { occupancy, openDoor, reviewCourier, stationCouriers, stationDoors } from "../../models/station";
import { SelectField } from "../field/select-field";
import { FormFooter } from "../form-footer/form-footer";
import { Form } from "../form/form";
import { ReasonField } from "../form/fields";

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
  return (
    <Form of={submit} class="panel-form" heading={t("station.remoteOpen")}>
      <SelectField
        label={t("station.door")}
        name="doorId"
        required
        placeholder={t("station.chooseDoor")}
        options={(stationDoors.data.value ?? []).map((d) => ({ value: d.id, label: d.name }))}
      />
      <RiderSelect withPlatform />
      <SelectField
        label={t("station.direction")}
        name="direction"
        options={[
          { value: "in", label: t("station.direction.in") },
          { value: "out", label: t("station.direction.out") },
        ]}
      />
      <ReasonField label={t("station.reason")} minLength={2} />
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
    <Form of={submit} class="panel-form" heading={t("station.review")}>
      <RiderSelect />
      <SelectField
        label={t("station.act")}
        name="act"
        options={(["verify", "suspend", "reinstate"] as const).map((a) => ({ value: a, label: t(`station.act.${a}`) }))}
      />
      <ReasonField label={t("station.reason")} minLength={2} />
      <FormFooter {...submit} label={t("station.reviewNow")} />
    </Form>
  );
}

/** The rider a form acts on, each named with their status (and, `withPlatform`, the platform they ride for). */
function RiderSelect({ withPlatform = false }: { withPlatform?: boolean }) {
  const riders = (stationCouriers.data.value ?? []).map((c) => ({
    value: c.id,
    label: [c.name, withPlatform && t(`station.platform.${c.platform}` as Key), t(`station.status.${c.status}` as Key)]
      .filter(Boolean)
      .join(" · "),
  }));
  return (
    <SelectField
      label={t("station.rider")}
      name="courierId"
      required
      placeholder={t("station.chooseRider")}
      options={riders}
    />
  );
}
