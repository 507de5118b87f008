import { useSignal, useSignalEffect } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { i18n, t } from "../../i18n";
import { type Amenity, amenities, saveAmenities } from "../../models/station";
import { DoneMessage } from "../done-message/done-message";
import { Form } from "../form/form";
import { Field } from "../field/field";
import { SelectField } from "../field/select-field";

const KINDS = ["fridge", "microwave", "charging", "water", "first_aid", "other"] as const;
type Key = Parameters<typeof t>[0];

/** What the station offers, in the order the kiosk shows it: add, change, move and remove, then save. */
export function AmenitiesForm() {
  const rows = useSignal<Amenity[]>([]);
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  const done = useSignal<string | null>(null);
  useSignalEffect(() => {
    const loaded = amenities.data.value;
    if (loaded) rows.value = loaded.map((a) => ({ ...a }));
  });
  const change = (i: number, patch: Partial<Amenity>) =>
    (rows.value = rows.value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...rows.value];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    rows.value = next;
  };
  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    done.value = null;
    try {
      await saveAmenities(rows.value.map((a) => ({ ...a, label: a.label.trim(), note: a.note.trim() })));
      await amenities.reload();
      done.value = t("station.amenitiesSaved");
    } catch (err) {
      error.value = err;
    } finally {
      busy.value = false;
    }
  }
  return (
    <Form of={{ done, error }} class="panel-form" aria-labelledby="station-amenities" onSubmit={(e) => void save(e)}>
      <h2 id="station-amenities">{t("station.amenities")}</h2>
      <ol class="amenity-rows">
        {rows.value.map((a, i) => (
          <li key={i}>
            <fieldset>
              <legend>{t("station.amenityN", { n: i + 1 })}</legend>
              <SelectField
                label={t("station.amenityKind")}
                name={`kind-${i}`}
                defaultValue={a.kind}
                onChange={(kind) => change(i, { kind: kind as Amenity["kind"] })}
                options={KINDS.map((k) => ({ value: k, label: t(`station.amenity.${k}` as Key) }))}
              />
              <Field
                label={t("station.amenityLabel")}
                required
                maxLength={40}
                value={a.label}
                onInput={(e) => change(i, { label: e.currentTarget.value })}
              />
              <Field
                label={t("station.amenityNote")}
                maxLength={100}
                value={a.note}
                onInput={(e) => change(i, { note: e.currentTarget.value })}
              />
              <button type="button" class="secondary" disabled={i === 0} onClick={() => move(i, -1)}>
                {t("station.moveUp")}
              </button>
              <button type="button" class="secondary" disabled={i === rows.value.length - 1} onClick={() => move(i, 1)}>
                {t("station.moveDown")}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => (rows.value = rows.value.filter((_, j) => j !== i))}
              >
                {t("station.remove")}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="secondary"
        onClick={() => (rows.value = [...rows.value, { kind: "other", label: "", note: "" }])}
      >
        {t("station.addAmenity")}
      </button>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <DoneMessage text={done.value} />
      <button type="submit" disabled={busy.value}>
        {busy.value ? t("app.saving") : t("station.saveAmenities")}
      </button>
    </Form>
  );
}
