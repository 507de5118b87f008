import { useSignalEffect } from "@preact/signals";
import { lazy, LocationProvider, Route, Router } from "preact-iso";
import { KioskHeader } from "./components/kiosk-header/kiosk-header";
import { LoadState } from "./components/load-state/load-state";
import { IdleWarning } from "./components/return-when-idle/idle-warning";
import { ReturnWhenIdle } from "./components/return-when-idle/return-when-idle";
import { StaffCallBar } from "./components/staff-call-bar/staff-call-bar";
import { t } from "./i18n";
import { deviceToken } from "./models/device";
import { session } from "./models/kiosk-session";
import { welcome } from "./models/welcome";
import { FacilityPage } from "./pages/facility-page";
import { PairingPage } from "./pages/pairing-page";
import { LazyBabyPickupPage, LazyBabyRoomPage } from "./pages/baby-room-lazy";
import { LazyShowersPage } from "./pages/showers-lazy";
import { LazyCanteenPage } from "./pages/canteen-lazy";
import { SessionPage } from "./pages/session-page";
import { LazyStudyRoomPage } from "./pages/study-room-lazy";
import { WelcomePage } from "./pages/welcome-page";
import { paths } from "./paths";

// Camera decoding and face models are large; only people who tap "scan / face" load them.
const IdentifyPage = lazy(() => import("./pages/identify-page").then((m) => m.IdentifyPage));
// A kiosk beside a station door is only a door: it loads its own screen and nothing else.
const DoorPage = lazy(() => import("./pages/door-page").then((m) => m.DoorPage));
// A new rider registers at a station kiosk (a door's, or the one inside).
const RegisterPage = lazy(() => import("./pages/register-page").then((m) => m.RegisterPage));

export function App() {
  useSignalEffect(() => {
    document.title = t("app.title");
  });
  const paired = Boolean(deviceToken.value);
  return (
    <LocationProvider>
      <ReturnWhenIdle />
      <IdleWarning />
      <KioskHeader />
      <main id="main">{paired ? <PairedKiosk /> : <PairingPage />}</main>
      {paired && welcome.data.value && <StaffCallBar />}
    </LocationProvider>
  );
}

function PairedKiosk() {
  if (!welcome.data.value) return <LoadState />;
  const door = welcome.data.value.kiosk.door;
  if (door && !session.value) {
    return (
      <Router key="door">
        <Route path={paths.stationRegister} component={RegisterPage} />
        <Route default component={DoorPage} door={door} />
      </Router>
    );
  }
  // Whatever page was open, an identified person sees their own screens (the session screen and
  // what it offers), and nothing else.
  // Keyed apart: one Router reused for the other set of routes would keep the page it had.
  if (session.value) {
    return (
      <Router key="session">
        <Route path={paths.canteen} component={LazyCanteenPage} />
        <Route path={paths.studyRoom} component={LazyStudyRoomPage} />
        <Route path={paths.babyRoom} component={LazyBabyRoomPage} />
        <Route path={paths.showers} component={LazyShowersPage} />
        <Route default component={SessionPage} />
      </Router>
    );
  }
  return (
    <Router key="welcome">
      <Route path={paths.facilityPattern} component={FacilityPage} />
      <Route path={paths.babyPickup} component={LazyBabyPickupPage} />
      <Route path={paths.identify} component={IdentifyPage} />
      <Route path={paths.stationRegister} component={RegisterPage} />
      <Route default component={WelcomePage} />
    </Router>
  );
}
