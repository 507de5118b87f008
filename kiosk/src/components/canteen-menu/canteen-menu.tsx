import { useEffect } from "preact/hooks";
import { locale, t } from "../../i18n";
import { priceText, yuanText } from "../../canteen/money";
import { sittingLabel } from "../../canteen/words";
import { type CanteenScreen, chooseDate } from "../../models/canteen-flow";
import { canteenToday, dinerById, orderFor, type Diner } from "../../models/canteen-today";
import { speak } from "../../models/speech";
import { CanteenNotice, noticeText } from "./canteen-notice";
import { SittingCard } from "./sitting-card";
import { ChoiceRow } from "../choice-row/choice-row";
import { ScrollFrame } from "../scroll-frame/scroll-frame";
import { dateWords } from "../../study/time";
import "./canteen-menu.css";

const orderable = (diner: Diner) => diner.sittings.filter((s) => s.open && s.left > 0 && !orderFor(diner, s.name));

/** Today's sittings for one diner, with their own price large and what they save. */
export function CanteenMenu({ screen }: { screen: Extract<CanteenScreen, { kind: "menu" }> }) {
  const today = canteenToday.value!;
  const diner = dinerById(screen.dinerId)!;
  const lang = locale.value;
  // Said when the menu opens, on a language switch, and after a tap here changes something.
  useEffect(() => {
    speak(screen.notice ? noticeText(screen.notice) : menuSpeech(screen.dinerId), lang);
  }, [screen.dinerId, screen.notice, lang]);
  const nothingLeft = !today.closed && orderable(diner).length === 0 && diner.orders.length === 0;
  const balance = priceText(diner.balanceFen);
  return (
    <div class="canteen-menu">
      <div class="canteen-menu-head">
        <h1 id="canteen-title">
          {diner.self
            ? today.serviceDate === today.orderDates[0]?.date
              ? t("canteen.title")
              : t("canteen.titleOn", { day: dayWord(today.serviceDate) })
            : t("canteen.titleFor", { name: diner.name })}
        </h1>
        <p class="canteen-balance">
          {diner.self
            ? t("canteen.balance", { amount: balance })
            : t("canteen.balanceOf", { name: diner.name, amount: balance })}
        </p>
        {today.orderDates.length > 1 && (
          <div class="canteen-days">
            <ChoiceRow
              id="canteen-day"
              label={t("canteen.dayPrompt")}
              many
              choices={today.orderDates.map((d) => ({ value: d.date, key: d.date, label: dayWord(d.date) }))}
              chosen={today.serviceDate}
              onChoose={(date) => void chooseDate(diner.id, date)}
            />
          </div>
        )}
      </div>
      {screen.notice && <CanteenNotice notice={screen.notice} />}
      {today.closed ? (
        <p class="canteen-closed" role="status">
          {t("canteen.closedDay", { reason: today.closed })}
        </p>
      ) : (
        <>
          {nothingLeft ? (
            <div class="canteen-closed" role="status">
              <p>{t("canteen.allClosed")}</p>
              <p>{today.orderDates.length > 1 ? t("canteen.otherDaysHint") : closedHint(diner)}</p>
            </div>
          ) : (
            orderable(diner).length > 0 && <p class="canteen-prompt">{t("canteen.menuPrompt")}</p>
          )}
          {/* A menu can outgrow the screen (English words, a long dish list): it scrolls in its frame, not the page. */}
          <ScrollFrame class="canteen-sittings-frame">
            <ul class="canteen-sittings">
              {diner.sittings.map((s) => (
                <li key={s.name}>
                  <SittingCard diner={diner} sitting={s} screen={screen} />
                </li>
              ))}
            </ul>
          </ScrollFrame>
        </>
      )}
    </div>
  );
}

/** 今天, 明天, then the date with its weekday. */
function dayWord(date: string) {
  const dates = canteenToday.peek()?.orderDates ?? [];
  if (date === dates[0]?.date) return t("canteen.today");
  if (date === dates[1]?.date) return t("canteen.tomorrow");
  return dateWords(date);
}

function menuSpeech(dinerId: string) {
  const today = canteenToday.peek();
  const diner = dinerById(dinerId);
  if (!today || !diner) return "";
  if (today.closed) return t("canteen.closedDay", { reason: today.closed });
  const open = orderable(diner);
  if (!open.length) return t("canteen.allClosed");
  const choices = open.map((s) =>
    t("canteen.menuSpeechChoice", { sitting: sittingLabel(s.name), amount: yuanText(s.price.payFen) }),
  );
  return t("canteen.menuSpeech", { choices: choices.join(locale.peek() === "en" ? ". " : "；") });
}

function closedHint(diner: Diner) {
  const cutoff = (name: string) => diner.sittings.find((s) => s.name === name)?.orderCutoff ?? "";
  return t("canteen.allClosedHint", { lunch: cutoff("lunch"), dinner: cutoff("dinner") });
}
