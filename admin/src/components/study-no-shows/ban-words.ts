import { t } from "../../i18n";

/** A ban's reason in words: the duties write "no_shows:3" for a ban that strikes brought. */
export function banReason(reason: string) {
  const strikes = /^no_shows:(\d+)$/.exec(reason)?.[1];
  return strikes ? t("study.banForStrikes", { count: Number(strikes) }) : reason;
}
