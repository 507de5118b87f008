import { useSignalEffect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { priceText } from "../canteen/money";
import { HomeNotice, ResidentHome } from "../components/resident-home/resident-home";
import { locale, t, tryT } from "../i18n";
import { home } from "../models/home";
import { session, type SessionPerson } from "../models/kiosk-session";
import { speak } from "../models/speech";
import { DoneButton } from "../components/done-button/done-button";
import { KioskScreen } from "../components/kiosk-screen/kiosk-screen";
import { paths } from "../paths";
import { LazyBabyRoomPage } from "./baby-room-lazy";
import { LazyCanteenPage } from "./canteen-lazy";
import { LazyShowersPage } from "./showers-lazy";
import { LazyStudyRoomPage } from "./study-room-lazy";

const actionLabel = (action: string) => tryT(`action.${action}`) ?? action;

/** The places a person can go from here, each shown as one big button when an action allows it. */
const entries = [
  {
    actions: ["order_meal"],
    href: paths.canteen,
    label: "canteen.order",
    className: "session-order-meal",
    page: LazyCanteenPage,
  },
  {
    actions: ["book_seat", "check_in_seat", "walk_in_seat"],
    href: paths.studyRoom,
    label: "study.open",
    className: "session-study-room",
    page: LazyStudyRoomPage,
  },
  {
    actions: ["book_session", "check_in_child", "check_out_child"],
    href: paths.babyRoom,
    label: "baby.open",
    className: "session-baby-room",
    page: LazyBabyRoomPage,
  },
  {
    actions: ["book_shower"],
    href: paths.showers,
    label: "showers.open",
    className: "session-showers",
    page: LazyShowersPage,
  },
] as const;

/**
 * The person's home while identified: their name, large enough to read from a step away, the
 * places this kiosk offers them as big buttons (the canteen's with the meal card's balance on it),
 * then what they have: meals with 取消 while allowed, bookings that open their place, offers to take.
 */
export function SessionPage() {
  const person = session.value!;
  useSignalEffect(() => {
    speak(greetingSpeech(session.value), locale.value);
  });
  useEffect(() => home.watch(), []);
  const data = home.data.value;
  const card = data?.mealCard ?? null;
  // Her balance is a way to the canteen wherever she stands: the card is spent there.
  const offered = entries.filter(
    (e) => e.actions.some((a) => person.actions.includes(a)) || (e.href === paths.canteen && card),
  );
  // The offered screens load while the greeting is read, so 点餐 or 自习室 answers at once.
  useEffect(() => {
    for (const e of offered) void e.page.preload().catch(() => undefined);
  }, [offered.map((e) => e.href).join()]);
  return (
    <KioskScreen
      class="session-page"
      titleId="session-greeting"
      title={
        <span class="session-greeting" data-person-kind={person.kind}>
          {t("session.greeting", { name: person.name })}
        </span>
      }
      side={<p class="session-done-hint">{t("session.doneHint")}</p>}
      nav={<DoneButton />}
    >
      {offered.map((e) => (
        <a key={e.href} class={`big-button primary wide session-entry ${e.className}`} href={e.href}>
          {t(e.label)}
          {e.href === paths.canteen && card && (
            <span class="session-balance" data-balance-fen={card.balanceFen}>
              {t("home.balance", { amount: priceText(card.balanceFen) })}
            </span>
          )}
        </a>
      ))}
      <HomeNotice />
      {data && <ResidentHome home={data} />}
      {offered.length === 0 && !data?.orders.length && !data?.bookings.length && !data?.offers.length && (
        <p class="session-nothing">{t("session.nothing")}</p>
      )}
    </KioskScreen>
  );
}

function greetingSpeech(person: SessionPerson | null) {
  if (!person) return "";
  if (!person.actions.length) return t("session.speech", { name: person.name });
  return t("session.speechActions", {
    name: person.name,
    actions: person.actions.map(actionLabel).join(locale.value === "en" ? ", " : "、"),
  });
}
