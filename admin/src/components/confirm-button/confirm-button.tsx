import { useSignal } from "@preact/signals";
import { t } from "../../i18n";
import "./confirm-button.css";

type Props = {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  disabled?: boolean;
  ariaLabel?: string;
};

/**
 * A destructive action in two steps, asked on the page rather than in window.confirm, so the
 * question is read by screen readers and the first button cannot be double-tapped through.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled, ariaLabel }: Props) {
  const asking = useSignal(false);
  const busy = useSignal(false);
  if (!asking.value) {
    return (
      <button
        type="button"
        class="secondary danger"
        disabled={disabled}
        aria-label={ariaLabel}
        onClick={() => (asking.value = true)}
      >
        {label}
      </button>
    );
  }
  const confirm = async () => {
    busy.value = true;
    try {
      await onConfirm();
    } finally {
      busy.value = false;
      asking.value = false;
    }
  };
  return (
    <div class="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button type="button" class="danger" disabled={busy.value} onClick={() => void confirm()}>
        {confirmLabel}
      </button>
      <button type="button" class="secondary" disabled={busy.value} onClick={() => (asking.value = false)}>
        {t("app.cancel")}
      </button>
    </div>
  );
}
