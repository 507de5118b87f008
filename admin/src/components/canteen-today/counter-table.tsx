import { ActionFeedback } from "../action-feedback/action-feedback";
import { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import { markOrder, type Ticket } from "../../models/canteen";

/** The counter: dine-in tickets in order, each with a big button to hand the meal over. */
export function CounterTable({ communityId, tickets }: { communityId: string; tickets: Ticket[] }) {
  const action = useAction();
  const dineIn = tickets.filter((x) => !x.delivery);
  if (dineIn.length === 0) return <p>{t("today.noTickets")}</p>;
  const serve = (x: Ticket) =>
    action.run(async () => {
      await markOrder(communityId, x.id, "served");
      return t("today.served", { ticket: x.ticketNo });
    });
  return (
    <>
      <ActionFeedback action={action} />
      <div class="table-scroll">
        <table class="data-table counter-table">
          <caption class="visually-hidden">{t("today.counter")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("today.ticket")}</th>
              <th scope="col">{t("today.name")}</th>
              <th scope="col">{t("today.payment")}</th>
              <th scope="col">{t("today.pay")}</th>
              <th scope="col">{t("today.state")}</th>
              <th scope="col">{t("today.action")}</th>
            </tr>
          </thead>
          <tbody>
            {dineIn.map((x) => (
              <tr key={x.id} class={x.status === "placed" ? undefined : "is-disabled"}>
                <th scope="row" class="ticket-no">
                  {t(`canteen.sitting.${x.sitting}`)} {x.ticketNo}
                </th>
                <td>{x.name}</td>
                <td>{t(`canteen.payment.${x.payment}`)}</td>
                <td>{formatFen(x.payFen)}</td>
                <td>{t(`canteen.status.${x.status}`)}</td>
                <td>
                  {x.status === "placed" && (
                    <button
                      type="button"
                      class="big-button"
                      disabled={action.busy.value}
                      onClick={() => serve(x)}
                      aria-label={t("today.serveOf", {
                        sitting: t(`canteen.sitting.${x.sitting}`),
                        ticket: x.ticketNo,
                        name: x.name,
                      })}
                    >
                      {t("today.serve")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
