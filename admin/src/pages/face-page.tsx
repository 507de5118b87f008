import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { useRoute } from "preact-iso";
import { ErrorMessage } from "@ui/error-message";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { ConfirmButton } from "../components/confirm-button/confirm-button";
import { FaceCapture } from "../components/face-entry/face-capture";
import { FaceConsentForm } from "../components/face-entry/face-consent-form";
import { i18n, t } from "../i18n";
import { communityId } from "../models/community";
import { withdrawFaceConsent } from "../models/identity";
import { couriers, mayOfferFace, reloadPeople, residents } from "../models/people";
import { may } from "../models/permissions";
import { paths } from "../paths";

/** Face entry for one resident or courier: consent first, then the camera; children never. */
export function FacePage() {
  const { params } = useRoute();
  const asked = params.kind;
  const kind: "resident" | "courier" | null = asked === "resident" || asked === "courier" ? asked : null;
  const list = kind === "courier" ? couriers : residents;
  const error = useSignal<unknown>(null);
  const withdrawn = useSignal(false);
  useEffect(() => list.watch(), [list]);

  if (!may.faces.value) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;
  if (!kind) return <p role="alert">{t("face.adultsOnly")}</p>;
  if (list.error.value) return <ErrorMessage error={list.error.value} i18n={i18n} />;
  if (!list.data.value) return <p role="status">{t("app.loading")}</p>;
  const person = list.data.value.find((p) => p.id === params.id);
  if (!person) return <p role="alert">{t("face.notFound")}</p>;
  // A withdrawal is always offered; a new enrolment never for a child.
  if (person.face === "none" && !mayOfferFace(person)) return <p role="alert">{t("face.adultsOnly")}</p>;
  const ref = { kind, id: person.id };

  async function withdraw() {
    error.value = null;
    try {
      await withdrawFaceConsent(id!, ref);
      withdrawn.value = true;
      await reloadPeople();
    } catch (err) {
      error.value = err;
    }
  }

  return (
    <>
      <p>
        <a href={paths.people}>{t("face.back")}</a>
      </p>
      <h1>{t("face.title", { name: person.name })}</h1>
      <p>
        {t("face.state")} <strong>{t(`people.face.${person.face}`)}</strong>
      </p>
      <p class="notice" role="note">
        {t("face.optional")}
      </p>
      <p role="status" class="status-message">
        {withdrawn.value && person.face === "none" ? t("face.withdrawn") : ""}
      </p>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      {person.face === "none" ? (
        <FaceConsentForm communityId={id} person={ref} name={person.name} onConsented={reloadPeople} />
      ) : (
        <>
          <FaceCapture communityId={id} person={ref} onEnrolled={reloadPeople} />
          <section aria-labelledby="withdraw-title">
            <h2 id="withdraw-title">{t("face.withdrawTitle")}</h2>
            <p>{t("face.withdrawHelp")}</p>
            <ConfirmButton
              label={t("face.withdraw")}
              question={t("face.withdrawQuestion", { name: person.name })}
              confirmLabel={t("face.withdrawConfirm")}
              onConfirm={withdraw}
            />
          </section>
        </>
      )}
    </>
  );
}
