import { KIND_ORDER } from "@ui/facility-order";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { openCommunity } from "../../models/community";
import { Field } from "../field/field";
import { Form } from "../form/form";
import { NumberField, TextField } from "../form/fields";
import { FormFooter } from "../form-footer/form-footer";
import "./community-form.css";
import { CheckField } from "../field/check-field";

// What a new service centre usually has; the district admin changes names and sizes as built.
const DEFAULT_CAPACITY = { canteen: 60, study_room: 30, station: 20, baby_room: 10 };

/** A district admin opens a community with the facilities it has; seats, sittings and rules come after. */
export function CommunityForm({ labelledBy }: { labelledBy: string }) {
  const submit = useSubmit(async (data) => {
    const created = await openCommunity({
      name: text(data, "name"),
      slug: text(data, "slug"),
      timeZone: text(data, "timeZone"),
      facilities: KIND_ORDER.filter((kind) => data.get(`${kind}.open`) === "on").map((kind) => ({
        kind,
        name: text(data, `${kind}.name`),
        capacity: Number(data.get(`${kind}.capacity`)),
      })),
    });
    return t("community.created", { name: created.name });
  });

  return (
    <Form of={submit} class="community-form" aria-labelledby={labelledBy}>
      <TextField label={t("community.name")} name="name" maxLength={60} />
      <TextField
        label={t("community.slug")}
        hint={t("community.slugHint")}
        name="slug"
        pattern="[a-z0-9][a-z0-9\-]{1,39}"
      />
      <Field label={t("community.timeZone")} name="timeZone" required defaultValue="Asia/Shanghai" />
      <fieldset class="community-facilities">
        <legend>{t("community.facilities")}</legend>
        {KIND_ORDER.map((kind) => (
          <div key={kind} class="community-facility">
            <CheckField label={t(`community.kind.${kind}`)} name={`${kind}.open`} defaultChecked />
            <Field
              label={t("community.facilityName")}
              name={`${kind}.name`}
              required
              maxLength={40}
              defaultValue={t(`community.kind.${kind}`)}
            />
            <NumberField
              label={t("facility.capacity")}
              name={`${kind}.capacity`}
              min={1}
              max={10000}
              value={DEFAULT_CAPACITY[kind]}
            />
          </div>
        ))}
      </fieldset>
      <FormFooter {...submit} label={t("community.open")} busyLabel={t("community.opening")} />
    </Form>
  );
}
