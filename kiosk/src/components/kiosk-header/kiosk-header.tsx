import { locale, t, toggleLocale } from "../../i18n";
import { offline, retryPending } from "../../models/connection";
import { muted, toggleMute } from "../../models/speech";
import { welcome } from "../../models/welcome";
import "./kiosk-header.css";
import { LineIcon } from "@ui/line-icon";

/** Community name, and the two switches an older visitor may need first: language and sound. */
export function KioskHeader() {
  const other = locale.value === "zh-CN" ? "en" : "zh-CN";
  return (
    <header class="kiosk-header">
      <p class="kiosk-header-title">{welcome.data.value?.community.name ?? t("app.title")}</p>
      <div class="kiosk-header-switches">
        <button type="button" class="big-button" lang={other} onClick={toggleLocale}>
          {t("language.other")}
        </button>
        <button type="button" class="big-button" onClick={toggleMute}>
          <SoundIcon muted={muted.value} />
          {t(muted.value ? "sound.off" : "sound.on")}
        </button>
      </div>
      {offline.value && (
        <p class="offline-banner" role="status">
          {t(retryPending.value ? "offline.retrying" : "offline.banner")}
        </p>
      )}
    </header>
  );
}

function SoundIcon({ muted }: { muted: boolean }) {
  return (
    <LineIcon grid={24} size={36} strokeWidth={2.2}>
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      {muted ? <path d="M17 9l5 6M22 9l-5 6" /> : <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" />}
    </LineIcon>
  );
}
