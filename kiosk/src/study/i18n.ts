import { i18n } from "../i18n";
import { studyEn } from "../messages/study-en";
import { studyZhCN } from "../messages/study-zh-cn";

/**
 * The study room's text (over a hundred sentences in two languages) arrives with its screens in
 * the lazy chunk, so the welcome screen's bundle does not carry it. `st` is `t` for those keys.
 */
export const st = i18n.extend({ "zh-CN": studyZhCN, en: studyEn });
