import { CommunityPicker } from "../components/community-picker/community-picker";
import { FacilityCard } from "../components/facility-card/facility-card";
import { ResourceView } from "../components/resource-view/resource-view";
import { t } from "../i18n";
import { chosenCommunityId, community, communityId, facilities } from "../models/community";
import { me } from "../models/session";
import "../components/facility-card/facility-card.css";

export function HomePage() {
  if (!communityId.value) return <CommunityPicker />;
  return (
    <>
      <h1>{community.value?.name ?? t("app.loading")}</h1>
      <p>{t("home.greeting", { name: me.value?.displayName ?? "" })}</p>
      {me.value?.role === "district_admin" && (
        <button type="button" class="secondary" onClick={() => (chosenCommunityId.value = null)}>
          {t("community.change")}
        </button>
      )}
      <section aria-labelledby="facilities-title">
        <h2 id="facilities-title">{t("home.facilities")}</h2>
        <ResourceView of={facilities}>
          {(list) => (
            <div class="card-grid">
              {list.map((f) => (
                <FacilityCard key={f.id} facility={f} />
              ))}
            </div>
          )}
        </ResourceView>
      </section>
    </>
  );
}
