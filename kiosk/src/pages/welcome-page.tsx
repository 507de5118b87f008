import { computed, useSignalEffect } from "@preact/signals";
import { FacilityCard } from "../components/facility-card/facility-card";
import { locale, t } from "../i18n";
import { speak } from "../models/speech";
import { welcome } from "../models/welcome";

// A refresh that brings the same name must not greet the room again.
const communityName = computed(() => welcome.data.value?.community.name ?? "");

export function WelcomePage() {
  useSignalEffect(() => {
    speak(t("welcome.speech", { community: communityName.value }), locale.value);
  });
  const data = welcome.data.value!;
  return (
    <div class="welcome-page">
      <h1 class="welcome-greeting">{t("welcome.greeting")}</h1>
      <p class="welcome-prompt">{t("welcome.prompt")}</p>
      <nav aria-label={t("welcome.places")}>
        <ul class="facility-grid">
          {data.facilities.map((f) => (
            <li key={f.id}>
              <FacilityCard facility={f} />
            </li>
          ))}
        </ul>
      </nav>
      <p class="welcome-kiosk">{t("welcome.kiosk", { name: data.kiosk.name })}</p>
    </div>
  );
}
