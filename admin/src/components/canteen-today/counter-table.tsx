import { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import { markOrder, type Ticket } from "../../models/canteen";
import { DataTable } from "../data-table/data-table";
import "./counter-table.css";

/** The counter: dine-in tickets in order, each with a big button to hand the meal over. */
export function CounterTable({ communityId, tickets }: { communityId: string; tickets: Ticket[] }) {
  const action = useAction();
  const dineIn = tickets.filter((x) => !x.delivery);
  const serve = (x: Ticket) =>
    action.run(async () => {
      await markOrder(communityId, x.id, "served");
      return t("today.served", { ticket: x.ticketNo });
    });
  return (
    <DataTable
      class="counter-table"
      caption={t("today.counter")}
      empty={t("today.noTickets")}
      action={action}
      columns={[
        t("today.ticket"),
        t("today.name"),
        t("today.payment"),
        t("today.pay"),
        t("today.state"),
        t("today.action"),
      ]}
      rows={dineIn}
      row={(x) => (
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
      )}
    />
  );
}
