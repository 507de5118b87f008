import { useSignalEffect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from "preact-iso";
import { AppShell } from "./components/app-shell/app-shell";
import { t } from "./i18n";
import { loadMe, me } from "./models/session";
import { SignInPage } from "./pages/sign-in-page";
import { paths } from "./paths";

// Sign-in is in the first bundle (it is the first page most visits see); the rest load on demand.
const HomePage = lazy(() => import("./pages/home-page").then((m) => m.HomePage));
const StaffPage = lazy(() => import("./pages/staff-page").then((m) => m.StaffPage));
const AuditPage = lazy(() => import("./pages/audit-page").then((m) => m.AuditPage));
const PeoplePage = lazy(() => import("./pages/people-page").then((m) => m.PeoplePage));
const PassesPage = lazy(() => import("./pages/passes-page").then((m) => m.PassesPage));
const FacePage = lazy(() => import("./pages/face-page").then((m) => m.FacePage));
const KiosksPage = lazy(() => import("./pages/kiosks-page").then((m) => m.KiosksPage));
const CanteenTodayPage = lazy(() => import("./pages/canteen-today-page").then((m) => m.CanteenTodayPage));
const CanteenDeliveriesPage = lazy(() =>
  import("./pages/canteen-deliveries-page").then((m) => m.CanteenDeliveriesPage),
);
const MealCardsPage = lazy(() => import("./pages/meal-cards-page").then((m) => m.MealCardsPage));
const CanteenMenusPage = lazy(() => import("./pages/canteen-menus-page").then((m) => m.CanteenMenusPage));
const CanteenPricingPage = lazy(() => import("./pages/canteen-pricing-page").then((m) => m.CanteenPricingPage));
const CanteenSettlementPage = lazy(() =>
  import("./pages/canteen-settlement-page").then((m) => m.CanteenSettlementPage),
);
const StudyLivePage = lazy(() => import("./pages/study-live-page").then((m) => m.StudyLivePage));
const StudyNoShowsPage = lazy(() => import("./pages/study-no-shows-page").then((m) => m.StudyNoShowsPage));
const StudySetupPage = lazy(() => import("./pages/study-setup-page").then((m) => m.StudySetupPage));
const BabyWeekPage = lazy(() => import("./pages/baby-week-page").then((m) => m.BabyWeekPage));
const BabyChildrenPage = lazy(() => import("./pages/baby-children-page").then((m) => m.BabyChildrenPage));
const BabyReportPage = lazy(() => import("./pages/baby-report-page").then((m) => m.BabyReportPage));
const BabySetupPage = lazy(() => import("./pages/baby-setup-page").then((m) => m.BabySetupPage));
const StudyReportPage = lazy(() => import("./pages/study-report-page").then((m) => m.StudyReportPage));
const ReportsPage = lazy(() => import("./pages/reports-page").then((m) => m.ReportsPage));
const OperationsPage = lazy(() => import("./pages/operations-page").then((m) => m.OperationsPage));
const CapacityPage = lazy(() => import("./pages/capacity-page").then((m) => m.CapacityPage));
const ClosuresPage = lazy(() => import("./pages/closures-page").then((m) => m.ClosuresPage));
const StationPage = lazy(() => import("./pages/station-page").then((m) => m.StationPage));

export function App() {
  useEffect(() => void loadMe(), []);
  useSignalEffect(() => {
    document.title = t("app.title");
  });
  return (
    <LocationProvider>
      <AppShell>
        {me.value === undefined ? <p role="status">{t("app.loading")}</p> : me.value ? <SignedIn /> : <SignInPage />}
      </AppShell>
    </LocationProvider>
  );
}

function SignedIn() {
  return (
    <ErrorBoundary>
      <Router>
        <Route path={paths.home} component={HomePage} />
        <Route path={paths.staff} component={StaffPage} />
        <Route path={paths.audit} component={AuditPage} />
        <Route path={paths.reports} component={ReportsPage} />
        <Route path={paths.people} component={PeoplePage} />
        <Route path={paths.passes} component={PassesPage} />
        <Route path={paths.face} component={FacePage} />
        <Route path={paths.kiosks} component={KiosksPage} />
        <Route path={paths.canteen} component={CanteenTodayPage} />
        <Route path={paths.canteenDeliveries} component={CanteenDeliveriesPage} />
        <Route path={paths.mealCards} component={MealCardsPage} />
        <Route path={paths.menus} component={CanteenMenusPage} />
        <Route path={paths.pricing} component={CanteenPricingPage} />
        <Route path={paths.settlement} component={CanteenSettlementPage} />
        <Route path={paths.studyRoom} component={StudyLivePage} />
        <Route path={paths.studyNoShows} component={StudyNoShowsPage} />
        <Route path={paths.studySetup} component={StudySetupPage} />
        <Route path={paths.studyReport} component={StudyReportPage} />
        <Route path={paths.station} component={StationPage} />
        <Route path={paths.operations} component={OperationsPage} />
        <Route path={paths.capacity} component={CapacityPage} />
        <Route path={paths.closures} component={ClosuresPage} />
        <Route path={paths.babyRoom} component={BabyWeekPage} />
        <Route path={paths.babyChildren} component={BabyChildrenPage} />
        <Route path={paths.babyReport} component={BabyReportPage} />
        <Route path={paths.babySetup} component={BabySetupPage} />
        <Route default component={NotFound} />
      </Router>
    </ErrorBoundary>
  );
}

const NotFound = () => <p>{t("app.notFound")}</p>;
