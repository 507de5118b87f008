import { useEffect } from "preact/hooks";
import { locale, t } from "../../i18n";
import { chooseDiner } from "../../models/canteen-flow";
import { canteenToday } from "../../models/canteen-today";
import { speak } from "../../models/speech";

/** A family member linked to elders first says whose meal it is: themself first, then each elder. */
export function CanteenDiners() {
  const diners = canteenToday.value?.diners ?? [];
  const lang = locale.value;
  useEffect(() => speak(t("canteen.whoSpeech"), lang), [lang]);
  return (
    <div class="canteen-diners">
      <h1 id="canteen-title">{t("canteen.who")}</h1>
      <ul class="canteen-sittings">
        {diners.map((d) => (
          <li key={d.id}>
            <button type="button" class="big-button wide canteen-diner" onClick={() => chooseDiner(d.id)}>
              {d.self ? t("canteen.self", { name: d.name }) : d.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
