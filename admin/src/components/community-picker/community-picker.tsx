import { t } from "../../i18n";
import { chosenCommunityId, communities } from "../../models/community";
import { me } from "../../models/session";
import { CommunityForm } from "../community-form/community-form";
import { ResourceView } from "../resource-view/resource-view";
import "./community-picker.css";

/** A district admin's first step: which community to work in, or a new one to open. */
export function CommunityPicker() {
  return (
    <>
      <section aria-labelledby="choose-community">
        <h1 id="choose-community">{t("community.choose")}</h1>
        <ResourceView of={communities}>
          {(list) =>
            list.length === 0 ? (
              <p>{t("community.none")}</p>
            ) : (
              <ul class="choice-list">
                {list.map((c) => (
                  <li key={c.id}>
                    <button type="button" onClick={() => (chosenCommunityId.value = c.id)}>
                      {c.name}
                    </button>
                  </li>
                ))}
              </ul>
            )
          }
        </ResourceView>
      </section>
      {me.value?.role === "district_admin" && (
        <section aria-labelledby="open-community">
          <h2 id="open-community">{t("community.openTitle")}</h2>
          <CommunityForm labelledBy="open-community" />
        </section>
      )}
    </>
  );
}
