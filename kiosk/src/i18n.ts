import { createI18n } from "@ui/create-i18n";
import { en } from "./messages/en";
import { zhCN } from "./messages/zh-cn";

// Not persisted: after inactivity the kiosk greets the next person in Chinese again.
export const i18n = createI18n({ "zh-CN": zhCN, en });
export const { locale, t, tryT, toggleLocale } = i18n;
