import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { CanteenFrame } from "../components/canteen-frame/canteen-frame";
import { CardEntries } from "../components/meal-card/card-entries";
import { TopUpForm } from "../components/meal-card/top-up-form";
import { t } from "../i18n";
import { formatFen } from "../lib/money";
import { cardResidentId, mealCard } from "../models/meal-cards";
import { residents, type Resident } from "../models/people";
import "./meal-cards-page.css";
import { SelectField } from "../components/field/select-field";

export function MealCardsPage() {
  useWatch(residents, mealCard);
  return (
    <CanteenFrame title={t("cards.title")}>
      {(id) => (
        <ResourceView of={residents}>{(list) => <MealCardDesk communityId={id} residents={list} />}</ResourceView>
      )}
    </CanteenFrame>
  );
}

function MealCardDesk({ communityId, residents: list }: { communityId: string; residents: Resident[] }) {
  const resident = list.find((r) => r.id === cardResidentId.value);
  return (
    <>
      <SelectField
        label={t("cards.resident")}
        name="resident"
        placeholder={t("cards.choose")}
        defaultValue={resident?.id ?? ""}
        onChange={(id) => (cardResidentId.value = id || null)}
        options={list.map((r) => ({ value: r.id, label: `${r.name}（${r.birthDate}）` }))}
      />
      {!resident ? (
        <p>{t("cards.pick")}</p>
      ) : (
        <ResourceView of={mealCard}>
          {(card) => (
            <div class="card-desk">
              <section aria-labelledby="balance-title" class="balance-panel">
                <h2 id="balance-title">{t("cards.balanceOf", { name: resident.name })}</h2>
                <p class="balance" data-testid="balance">
                  {formatFen(card.balanceFen)}
                </p>
                <h3>{t("cards.entries")}</h3>
                <CardEntries entries={card.entries} />
              </section>
              <TopUpForm key={resident.id} communityId={communityId} resident={resident} />
            </div>
          )}
        </ResourceView>
      )}
    </>
  );
}
