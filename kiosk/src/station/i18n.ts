import { i18n } from "../i18n";
import { stationEn } from "../messages/station-en";
import { stationZhCN } from "../messages/station-zh-cn";

/** The station door's text arrives with its screen in the lazy chunk. `dt` is `t` for those keys. */
export const dt = i18n.extend({ "zh-CN": stationZhCN, en: stationEn });
export type DoorKey = keyof typeof stationZhCN;
