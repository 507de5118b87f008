import { computed, useSignalEffect } from "@preact/signals";
import { FacilityCard } from "../components/facility-card/facility-card";
import { KioskScreen } from "../components/kiosk-screen/kiosk-screen";
import { ScannerListener } from "../components/scanner-listener/scanner-listener";
import { locale, t } from "../i18n";
import { speak } from "../models/speech";
import { welcome } from "../models/welcome";
import { paths } from "../paths";
import { LineIcon } from "@ui/line-icon";

// A refresh that brings the same name must not greet the room again.
const communityName = computed(() => welcome.data.value?.community.name ?? "");

export function WelcomePage() {
  useSignalEffect(() => {
    speak(t("welcome.speech", { community: communityName.value }), locale.value);
  });
  const data = welcome.data.value!;
  return (
    <KioskScreen
      class="welcome-page"
      title={<span class="welcome-greeting">{t("welcome.greeting")}</span>}
      side={
        <>
          <a class="identify-entry" href={paths.identify}>
            <PassAndFaceIcon />
            <span class="identify-entry-label">{t("welcome.identify")}</span>
            <span class="identify-entry-hint">{t("welcome.identifyHint")}</span>
          </a>
          <ScannerListener />
          <p class="welcome-kiosk">{t("welcome.kiosk", { name: data.kiosk.name })}</p>
        </>
      }
    >
      <p class="welcome-prompt">{t("welcome.prompt")}</p>
      <nav aria-label={t("welcome.places")} class="welcome-places">
        <ul class="facility-grid">
          {data.facilities.map((f) => (
            <li key={f.id}>
              <FacilityCard facility={f} />
            </li>
          ))}
        </ul>
      </nav>
    </KioskScreen>
  );
}

function PassAndFaceIcon() {
  return (
    <LineIcon grid={48} size={112} strokeWidth={3}>
      <path d="M4 14V6h8M36 6h8v8M44 34v8h-8M12 42H4v-8" />
      <path d="M12 14h8v8h-8zM28 26h8v8h-8zM28 14h8M12 30h8M12 34h4" />
    </LineIcon>
  );
}
