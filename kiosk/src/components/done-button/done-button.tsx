import { useSignal } from "@preact/signals";
import { useLocation } from "preact-iso";
import { t } from "../../i18n";
import { endVisit } from "../../models/visit";
import { paths } from "../../paths";
import { KioskDialog } from "../kiosk-dialog/kiosk-dialog";
import "./done-button.css";

type Props = {
  /** Something chosen but not yet paid or booked is on screen: 完成 asks "不订了吗？" before dropping it. */
  unfinished?: boolean;
  /** The question when something is unfinished; "不订了吗？" unless the screen says otherwise. */
  ask?: string;
  /** Under the question: what would be lost ("刚才选的还没有付款" unless told). */
  hint?: string;
};

/**
 * 完成: ends the visit and clears the screen. Drawn plain (never filled like the act it would
 * cancel), and it never silently drops an order that was one tap from being placed.
 */
export function DoneButton({ unfinished = false, ask, hint }: Props) {
  const { route } = useLocation();
  const asking = useSignal(false);
  const done = () => {
    asking.value = false;
    // The screen is cleared first, then the session ended.
    route(paths.home, true);
    endVisit();
  };
  return (
    <>
      <button type="button" class="big-button kiosk-done" onClick={() => (unfinished ? (asking.value = true) : done())}>
        {t("session.done")}
      </button>
      {asking.value && (
        <KioskDialog class="done-ask" labelledBy="done-ask-title">
          <p id="done-ask-title" class="kiosk-dialog-title done-ask-title">
            {ask ?? t("done.ask")}
          </p>
          <p>{hint ?? t("done.askHint")}</p>
          <div class="done-ask-buttons">
            <button type="button" class="big-button primary done-ask-stay" onClick={() => (asking.value = false)}>
              {t("done.stay")}
            </button>
            <button type="button" class="big-button done-ask-leave" onClick={done}>
              {t("done.leave")}
            </button>
          </div>
        </KioskDialog>
      )}
    </>
  );
}
