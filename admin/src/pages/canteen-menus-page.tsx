import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { ActionFeedback } from "../components/action-feedback/action-feedback";
import { CanteenFrame } from "../components/canteen-frame/canteen-frame";
import { ConfirmButton } from "../components/confirm-button/confirm-button";
import { CloseDayForm } from "../components/menu-week/close-day-form";
import { MenuGrid, dayLabel } from "../components/menu-week/menu-grid";
import { useAction } from "../hooks/use-action";
import { t } from "../i18n";
import { addDays } from "../lib/local-date";
import { chosenWeek, copyWeek, menuWeek, moveWeek, weekFrom } from "../models/canteen-menus";
import "../components/menu-week/menu-week.css";

export function CanteenMenusPage() {
  useWatch(menuWeek);
  const action = useAction();
  return (
    <CanteenFrame title={t("menus.title")}>
      {(id) => (
        <>
          <div class="button-row week-nav">
            <button type="button" class="secondary" onClick={() => moveWeek(-1)}>
              {t("menus.prev")}
            </button>
            <p class="week-range" aria-live="polite">
              {t("menus.week", { from: weekFrom.value, to: addDays(weekFrom.value, 6) })}
            </p>
            <button type="button" class="secondary" onClick={() => moveWeek(1)}>
              {t("menus.next")}
            </button>
            <button type="button" class="secondary" onClick={() => (chosenWeek.value = null)}>
              {t("menus.thisWeek")}
            </button>
            <ConfirmButton
              label={t("menus.copy")}
              question={t("menus.copyQuestion")}
              confirmLabel={t("menus.copyConfirm")}
              onConfirm={() =>
                action.run(async () => t("menus.copied", { to: (await copyWeek(id, weekFrom.value)).to }))
              }
            />
          </div>
          <ActionFeedback action={action} />
          <ResourceView of={menuWeek}>
            {(week) => (
              <>
                <MenuGrid communityId={id} week={week} />
                <CloseDayForm
                  communityId={id}
                  days={week.days
                    .filter((d) => d.date >= week.today && !d.closed)
                    .map((d) => ({ date: d.date, label: dayLabel(d.date) }))}
                />
              </>
            )}
          </ResourceView>
        </>
      )}
    </CanteenFrame>
  );
}
