import { t } from "../../i18n";
import { may } from "../../models/permissions";
import { mayOfferFace, type PersonKind } from "../../models/people";
import { facePath } from "../../paths";

type Identity = { hasPass: boolean; face: "none" | "consented" | "enrolled" };

/** Pass and face state, and the way to face entry for staff at a face desk. */
export function StatusCells({
  kind,
  id,
  name,
  person,
}: {
  kind: PersonKind;
  id: string;
  name: string;
  person: Identity;
}) {
  return (
    <>
      <td>{t(person.hasPass ? "people.passYes" : "people.passNo")}</td>
      <td>
        {t(`people.face.${person.face}`)}
        {may.faces.value && (person.face !== "none" || mayOfferFace(person)) && (
          <>
            {" "}
            <a href={facePath(kind, id)} aria-label={t("people.faceEntryOf", { name })}>
              {t("people.faceEntry")}
            </a>
          </>
        )}
      </td>
    </>
  );
}
