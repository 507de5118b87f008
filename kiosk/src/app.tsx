import { useSignalEffect } from "@preact/signals";
import { LocationProvider, Route, Router } from "preact-iso";
import { KioskHeader } from "./components/kiosk-header/kiosk-header";
import { LoadState } from "./components/load-state/load-state";
import { ReturnWhenIdle } from "./components/return-when-idle/return-when-idle";
import { t } from "./i18n";
import { deviceToken } from "./models/device";
import { welcome } from "./models/welcome";
import { FacilityPage } from "./pages/facility-page";
import { PairingPage } from "./pages/pairing-page";
import { WelcomePage } from "./pages/welcome-page";
import { paths } from "./paths";

export function App() {
  useSignalEffect(() => {
    document.title = t("app.title");
  });
  return (
    <LocationProvider>
      <ReturnWhenIdle />
      <KioskHeader />
      <main id="main">{deviceToken.value ? <PairedKiosk /> : <PairingPage />}</main>
    </LocationProvider>
  );
}

function PairedKiosk() {
  if (!welcome.data.value) return <LoadState />;
  return (
    <Router>
      <Route path={paths.facilityPattern} component={FacilityPage} />
      <Route default component={WelcomePage} />
    </Router>
  );
}
