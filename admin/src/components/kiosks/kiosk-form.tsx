import { useSignal } from "@preact/signals";
import { locale, t } from "../../i18n";
import { text, useSubmit } from "../../hooks/use-submit";
import type { Facility } from "../../models/community";
import { createKiosk, type NewKiosk } from "../../models/kiosks";
import { FormFooter } from "../form-footer/form-footer";
import "./kiosks.css";
import { Form } from "../form/form";
import { SelectField } from "../field/select-field";
import { TextField } from "../form/fields";

/** Registers a kiosk and shows its one-time pairing code, large, to type on the kiosk itself. */
export function KioskForm({
  communityId,
  facilities,
  timeZone,
  labelledBy,
}: {
  communityId: string;
  facilities: Facility[];
  timeZone: string;
  labelledBy: string;
}) {
  const created = useSignal<NewKiosk | null>(null);
  const submit = useSubmit(async (data) => {
    created.value = null;
    created.value = await createKiosk(communityId, { name: text(data, "name"), facilityId: text(data, "facilityId") });
    return t("kiosks.created", { name: created.value.name });
  });
  const until = (iso: string) =>
    new Intl.DateTimeFormat(locale.value, { timeStyle: "short", timeZone }).format(new Date(iso));

  return (
    <>
      <Form of={submit} class="panel-form" aria-labelledby={labelledBy}>
        <TextField label={t("kiosks.name")} hint={t("kiosks.nameHint")} name="name" maxLength={60} />
        <SelectField
          label={t("kiosks.facility")}
          name="facilityId"
          required
          options={facilities.map((f) => ({ value: f.id, label: `${t(`facility.${f.kind}`)} · ${f.location}` }))}
        />
        <FormFooter {...submit} label={t("kiosks.create")} />
      </Form>
      {created.value && (
        <section class="pairing-code" aria-labelledby="pairing-code-title">
          <h3 id="pairing-code-title">{t("kiosks.codeFor", { name: created.value.name })}</h3>
          {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the digits are read as one code ("pairing code 1234 5678"), not digit by digit */}
          <p class="pairing-code-digits" aria-label={t("kiosks.codeLabel")}>
            {created.value.pairingCode}
          </p>
          <p>{t("kiosks.codeExpires", { time: until(created.value.pairingExpiresAt) })}</p>
          <p class="notice" role="note">
            {t("kiosks.codeOnce")}
          </p>
        </section>
      )}
    </>
  );
}
