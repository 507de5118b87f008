import { ActionFeedback } from "../action-feedback/action-feedback";
import { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { markOrder, type DeliveryGrid, type DeliveryOrder } from "../../models/canteen";
import { DataTable } from "../data-table/data-table";
import "./delivery-list.css";

/** The round as it is walked: grid, then building, each door with its address and phone in full. */
export function DeliveryList({ communityId, grids }: { communityId: string; grids: DeliveryGrid[] }) {
  const action = useAction();
  if (grids.length === 0) return <p>{t("deliveries.none")}</p>;
  const mark = (o: DeliveryOrder, outcome: "delivered" | "no_answer") =>
    action.run(async () => {
      await markOrder(communityId, o.orderId, outcome);
      return t("deliveries.marked", { name: o.name, status: t(`canteen.status.${outcome}`) });
    });
  return (
    <>
      <ActionFeedback action={action} />
      {grids.map((g, gi) => (
        <section key={g.grid} class="delivery-grid" aria-labelledby={`grid-${gi}`}>
          <h3 id={`grid-${gi}`}>{g.grid ? t("deliveries.grid", { grid: g.grid }) : t("deliveries.noGrid")}</h3>
          {g.buildings.map((b) => (
            <DataTable
              key={b.building}
              caption={b.building || t("deliveries.noBuilding")}
              showCaption
              columns={[
                t("today.name"),
                t("deliveries.address"),
                t("deliveries.phone"),
                t("today.ticket"),
                t("today.state"),
                t("today.action"),
              ]}
              rows={b.orders}
              row={(o) => (
                <tr key={o.orderId}>
                  <th scope="row">{o.name}</th>
                  <td>{o.address ?? "—"}</td>
                  <td>{o.phone ? <a href={`tel:${o.phone}`}>{o.phone}</a> : "—"}</td>
                  <td>
                    {t(`canteen.sitting.${o.sitting}`)} {o.ticketNo}
                  </td>
                  <td>{t(`canteen.status.${o.status}`)}</td>
                  <td class="actions">
                    {o.status === "placed" && (
                      <>
                        <button
                          type="button"
                          disabled={action.busy.value}
                          onClick={() => mark(o, "delivered")}
                          aria-label={t("deliveries.deliveredOf", { name: o.name })}
                        >
                          {t("deliveries.delivered")}
                        </button>
                        <button
                          type="button"
                          class="secondary danger"
                          disabled={action.busy.value}
                          onClick={() => mark(o, "no_answer")}
                          aria-label={t("deliveries.noAnswerOf", { name: o.name })}
                        >
                          {t("deliveries.noAnswer")}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              )}
            />
          ))}
        </section>
      ))}
    </>
  );
}
