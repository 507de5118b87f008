import { useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import type { Sitting } from "../../models/canteen";
import { setDishes } from "../../models/canteen-menus";
import { FormFooter } from "../form-footer/form-footer";
import "./menu-week.css";
import { Form } from "../form/form";
import { TextAreaField } from "../field/text-area-field";

/** One sitting's dishes on one date, one per line; saving replaces the list. */
export function DishesForm({
  communityId,
  date,
  dayLabel,
  sitting,
  dishes,
  onDone,
}: {
  communityId: string;
  date: string;
  dayLabel: string;
  sitting: Sitting;
  dishes: string[];
  onDone: (message: string) => void;
}) {
  const names = { date: dayLabel, sitting: t(`canteen.sitting.${sitting}`) };
  const submit = useSubmit(async (data) => {
    const list = String(data.get("dishes") ?? "")
      .split("\n")
      .map((d) => d.trim())
      .filter(Boolean);
    await setDishes(communityId, date, sitting, list);
    onDone(t("menus.saved", names));
  });
  return (
    <Form of={submit} class="dishes-form" aria-label={t("menus.editOf", names)}>
      {/* Focused at once: the form opens on the staff member's own tap on a day, to type that day's dishes. */}
      <TextAreaField
        label={t("menus.dishesOf", names)}
        name="dishes"
        rows={6}
        defaultValue={dishes.join("\n")}
        autoFocus
      />
      <FormFooter {...submit} label={t("menus.save")} />
      <button type="button" class="secondary" onClick={() => onDone("")}>
        {t("app.cancel")}
      </button>
    </Form>
  );
}
