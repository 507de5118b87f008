import { submitTo } from "../../hooks/submit-to";
import type { useAction } from "../../hooks/use-action";
import { text } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { addDays, todayIn } from "../../lib/local-date";
import { dateTimeIn } from "../../lib/zoned-format";
import { extendBan, liftBan, type Ban } from "../../models/study-room-day";
import { banReason } from "./ban-words";
import { Form } from "../form/form";
import { DateField, ReasonField } from "../form/fields";

type Props = { communityId: string; ban: Ban; timeZone: string; action: ReturnType<typeof useAction> };

/**
 * A ban in force: who, since when, until when and why, with lifting it early or extending it,
 * each with a reason on record. The page says what was done: a lifted ban leaves this list.
 */
export function BanItem({ communityId, ban, timeZone, action }: Props) {
  // A new end is the end of a local date after the current one.
  const earliest = addDays(todayIn(timeZone, new Date(ban.endsAt)), 1);
  const lift = submitTo(action, async (data) => {
    await liftBan(communityId, ban.id, text(data, "reason"));
    return t("study.banLifted", { name: ban.name });
  });
  const extend = submitTo(action, async (data) => {
    const until = text(data, "until");
    await extendBan(communityId, ban.id, until, text(data, "reason"));
    return t("study.banExtended", { name: ban.name, until });
  });
  return (
    <article class="ban-item" aria-labelledby={`ban-${ban.id}`}>
      <h3 id={`ban-${ban.id}`}>{ban.name}</h3>
      <p>
        {t("study.banRange", { from: dateTimeIn(ban.startsAt, timeZone), to: dateTimeIn(ban.endsAt, timeZone) })} ·{" "}
        {banReason(ban.reason)}
      </p>
      <div class="ban-actions">
        <Form of={action} aria-label={t("study.liftOf", { name: ban.name })} onSubmit={lift}>
          <ReasonField label={t("study.liftReason")} />
          <button type="submit" disabled={action.busy.value}>
            {t("study.lift")}
          </button>
        </Form>
        <Form of={action} aria-label={t("study.extendOf", { name: ban.name })} onSubmit={extend}>
          <DateField label={t("study.extendUntil")} name="until" min={earliest} value={earliest} />
          <ReasonField label={t("study.extendReason")} />
          <button type="submit" class="secondary" disabled={action.busy.value}>
            {t("study.extend")}
          </button>
        </Form>
      </div>
    </article>
  );
}
