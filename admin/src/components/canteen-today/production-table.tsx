import { t } from "../../i18n";
import type { Production } from "../../models/canteen";
import "./production-table.css";

/** What to cook: per sitting, meals to eat in and to deliver, and the dishes. */
export function ProductionTable({ items }: { items: Production[] }) {
  return (
    <div class="production-grid">
      {items.map((p) => (
        <article key={p.sitting} class="production-card" aria-labelledby={`production-${p.sitting}`}>
          <h3 id={`production-${p.sitting}`}>{t(`canteen.sitting.${p.sitting}`)}</h3>
          <dl class="count-list">
            <div>
              <dt>{t("today.dineIn")}</dt>
              <dd>{t("canteen.meals", { count: p.dineIn })}</dd>
            </div>
            <div>
              <dt>{t("today.delivery")}</dt>
              <dd>{t("canteen.meals", { count: p.delivery })}</dd>
            </div>
            <div>
              <dt>{t("today.total")}</dt>
              <dd>{t("canteen.meals", { count: p.dineIn + p.delivery })}</dd>
            </div>
            <div>
              <dt>{t("today.done")}</dt>
              <dd>{t("canteen.meals", { count: p.served })}</dd>
            </div>
          </dl>
          <h4>{t("today.dishes")}</h4>
          {p.dishes.length ? (
            <ul class="dish-list">
              {p.dishes.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : (
            <p>{t("today.noDishes")}</p>
          )}
        </article>
      ))}
    </div>
  );
}
