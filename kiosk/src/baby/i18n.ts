import { i18n } from "../i18n";
import { babyEn } from "../messages/baby-en";
import { babyZhCN } from "../messages/baby-zh-cn";

/** The baby room's text arrives with its screens in the lazy chunk; `bt` is `t` for those keys. */
export const bt = i18n.extend({ "zh-CN": babyZhCN, en: babyEn });
