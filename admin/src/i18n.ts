import { createI18n } from "@ui/create-i18n";
import { en } from "./messages/en";
import { zhCN } from "./messages/zh-cn";

// Staff keep their language between visits, unlike the shared kiosk.
export const i18n = createI18n({ "zh-CN": zhCN, en }, { storageKey: "linli.adminLocale" });
export const { locale, t, tryT, toggleLocale } = i18n;
