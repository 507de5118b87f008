import { t } from "../../i18n";
import { chosenCommunityId, communities } from "../../models/community";
import { ResourceView } from "../resource-view/resource-view";
import "./community-picker.css";

/** A district admin's first step: which community to work in. */
export function CommunityPicker() {
  return (
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
  );
}
