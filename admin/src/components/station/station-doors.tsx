import { useSignal } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { optionalText, text, useSubmit } from "../../hooks/use-submit";
import { i18n, t } from "../../i18n";
import { createDoor, occupancy, setDoorRelay, stationDoors, testOpenDoor } from "../../models/station";
import { Field } from "../field/field";
import { SelectField } from "../field/select-field";
import { FormFooter } from "../form-footer/form-footer";
import { ResourceView } from "../resource-view/resource-view";
import { Form } from "../form/form";
import { PasswordField } from "../form/fields";

type Door = NonNullable<typeof stationDoors.data.value>[number];

/** The doors with their relays: change the URL or the secret (never shown back), test an open, add a door. */
export function StationDoors() {
  return (
    <section aria-labelledby="station-doors">
      <h2 id="station-doors">{t("station.doors")}</h2>
      <ResourceView of={stationDoors}>
        {(doors) => (
          <ul class="station-doors">
            {doors.map((d) => (
              <DoorRow key={d.id} door={d} />
            ))}
          </ul>
        )}
      </ResourceView>
      <NewDoorForm />
    </section>
  );
}

function DoorRow({ door }: { door: Door }) {
  const answer = useSignal<string | null>(null);
  const error = useSignal<unknown>(null);
  const submit = useSubmit(async (data) => {
    await setDoorRelay(door.id, {
      webhookUrl: optionalText(data, "webhookUrl") ?? null,
      secret: optionalText(data, "secret"),
    });
    void stationDoors.reload();
    return t("station.relaySaved", { door: door.name });
  });
  const test = () => {
    answer.value = null;
    error.value = null;
    testOpenDoor(door.id, t("station.testReason"))
      .then((r) => {
        answer.value = r.opened
          ? t("station.opened")
          : t("station.notOpened", { status: String(r.relayStatus ?? "—"), answer: r.answer });
      })
      .catch((err: unknown) => (error.value = err));
  };
  return (
    <li data-door={door.id}>
      <h3>
        {door.name}
        {door.womenOnly && ` · ${t("station.womenOnly")}`}
      </h3>
      <p>
        {door.webhookUrl ?? t("station.noRelay")} · {t(door.hasSecret ? "station.secretSet" : "station.noSecret")}
      </p>
      <button type="button" onClick={test}>
        {t("station.testOpen")}
      </button>
      <p class="status-message" role="status">
        {answer.value ?? ""}
      </p>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <details>
        <summary>{t("station.editRelay", { door: door.name })}</summary>
        <Form of={submit} class="panel-form">
          <Field label={t("station.webhookUrl")} name="webhookUrl" type="url" defaultValue={door.webhookUrl ?? ""} />
          <SecretField />
          <FormFooter {...submit} label={t("station.saveRelay")} />
        </Form>
      </details>
    </li>
  );
}

/** Write-only: typed to change it, empty to keep it; the API never sends it back. */
const SecretField = () => (
  <PasswordField
    label={t("station.secret")}
    hint={t("station.secretHint")}
    name="secret"
    required={false}
    minLength={16}
    maxLength={200}
  />
);

function NewDoorForm() {
  const submit = useSubmit(async (data) => {
    const door = await createDoor({
      name: text(data, "name"),
      areaId: optionalText(data, "areaId") ?? null,
      webhookUrl: optionalText(data, "webhookUrl") ?? null,
      secret: optionalText(data, "secret"),
    });
    void stationDoors.reload();
    return t("station.doorAdded", { door: door.name });
  });
  const areas = (occupancy.data.value?.zones ?? []).filter((z) => z.zone !== "station");
  return (
    <Form of={submit} class="panel-form" heading={t("station.newDoor")} level={3}>
      <Field label={t("station.doorName")} name="name" required maxLength={40} />
      <SelectField
        label={t("station.doorArea")}
        name="areaId"
        placeholder={t("station.doorAreaStation")}
        options={areas.map((z) => ({ value: z.zone, label: z.label }))}
      />
      <Field label={t("station.webhookUrl")} name="webhookUrl" type="url" />
      <SecretField />
      <FormFooter {...submit} label={t("station.addDoor")} />
    </Form>
  );
}
