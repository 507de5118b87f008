import { effect } from "@preact/signals";
import { createI18n } from "@ui/create-i18n";
import { locale } from "../i18n";
import { identifyMessages } from "./messages";

/**
 * The identify panel's own catalogue, following the kiosk's language switch. Kept apart so the
 * panel can be built and tested before its keys join the kiosk catalogues.
 */
export const identifyI18n = createI18n(identifyMessages);

effect(() => {
  identifyI18n.locale.value = locale.value;
});

export const { t: it, tryT: tryIt } = identifyI18n;
