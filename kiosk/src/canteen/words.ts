import { t } from "../i18n";
import type { SittingName } from "../models/canteen-today";

export const sittingLabel = (name: SittingName) => t(`canteen.sitting.${name}`);

/** "红烧鸡块、清炒小白菜" in Chinese, "a, b" in English. */
export const dishList = (dishes: string[], locale: string) => dishes.join(locale === "en" ? ", " : "、");
