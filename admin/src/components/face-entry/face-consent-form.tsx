import { useId } from "preact/hooks";
import { t } from "../../i18n";
import { text, useSubmit } from "../../hooks/use-submit";
import { FACE_CONSENT_VERSION, recordFaceConsent } from "../../models/identity";
import type { PersonRef } from "../../models/people";
import { CheckField } from "../field/check-field";
import { FormFooter } from "../form-footer/form-footer";
import "./face-entry.css";
import { Form } from "../form/form";
import { TextField } from "../form/fields";

/**
 * Separate, explicit consent (PIPL art. 29): the text is shown in full, the person or their
 * representative is named, and staff confirm it on its own checkbox before any camera opens.
 */
export function FaceConsentForm({
  communityId,
  person,
  name,
  onConsented,
}: {
  communityId: string;
  person: PersonRef;
  name: string;
  onConsented: () => Promise<unknown>;
}) {
  const id = useId();
  const submit = useSubmit(async (data) => {
    await recordFaceConsent(communityId, person, text(data, "consentedBy"));
    await onConsented();
  });
  return (
    <Form of={submit} class="panel-form" heading={t("face.consentTitle")}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the consent text scrolls, and a scrolling region must take keyboard focus to be read (axe: scrollable-region-focusable) */}
      <div class="consent-text" id={`${id}-text`} tabIndex={0} role="document" aria-label={t("face.consentTextLabel")}>
        {t("face.consentText")
          .split("\n")
          .map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        <p class="consent-version">{t("face.consentVersion", { version: FACE_CONSENT_VERSION })}</p>
      </div>
      <TextField
        label={t("face.consentedBy")}
        hint={t("face.consentedByHint")}
        name="consentedBy"
        maxLength={60}
        value={name}
      />
      <CheckField label={t("face.consentConfirm", { name })} name="confirm" required describedBy={`${id}-text`} />
      <FormFooter {...submit} label={t("face.consentSubmit")} />
    </Form>
  );
}
