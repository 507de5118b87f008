import { effect, signal } from "@preact/signals";
import i18next from "i18next";

export type Locale = "zh-CN" | "en";
export type Catalogues<K extends string> = { "zh-CN": Record<K, string>; en: Record<K, string> };
type Values = Record<string, string | number>;

const isLocale = (value: unknown): value is Locale => value === "zh-CN" || value === "en";

/**
 * One i18next instance per app, initialised synchronously from inline catalogues so the very
 * first render already has its text. `t` reads the `locale` signal, which subscribes whichever
 * component calls it: switching language re-renders exactly the text on screen.
 */
export function createI18n<K extends string>(catalogues: Catalogues<K>, options: { storageKey?: string } = {}) {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { "zh-CN": { translation: catalogues["zh-CN"] }, en: { translation: catalogues.en } },
    lng: "zh-CN",
    fallbackLng: "zh-CN",
    initAsync: false,
    // Keys are flat ("welcome.greeting"), so dots and colons are part of the key.
    keySeparator: false,
    nsSeparator: false,
    // Preact escapes text itself; escaping here too would show &amp; on screen.
    interpolation: { escapeValue: false },
  });

  const stored = options.storageKey ? localStorage.getItem(options.storageKey) : null;
  const locale = signal<Locale>(isLocale(stored) ? stored : "zh-CN");
  effect(() => {
    document.documentElement.lang = locale.value;
    if (options.storageKey) localStorage.setItem(options.storageKey, locale.value);
  });

  const t = (key: K, values?: Values): string => i18n.t(key, { ...values, lng: locale.value });
  /** For keys built from API data (an error code, an audit action) that may have no entry. */
  const tryT = (key: string, values?: Values): string | undefined =>
    i18n.exists(key, { lng: locale.value }) ? i18n.t(key, { ...values, lng: locale.value }) : undefined;
  const toggleLocale = () => {
    locale.value = locale.value === "zh-CN" ? "en" : "zh-CN";
  };
  /**
   * Adds an area's catalogues when its lazy screens load, so their text is not in the first
   * bundle; returns a `t` typed for the area's keys (tryT finds them too, once added).
   */
  const extend = <A extends string>(more: Catalogues<A>) => {
    i18n.addResourceBundle("zh-CN", "translation", more["zh-CN"], true, true);
    i18n.addResourceBundle("en", "translation", more.en, true, true);
    return (key: A, values?: Values): string => i18n.t(key, { ...values, lng: locale.value });
  };
  return { locale, t, tryT, toggleLocale, extend };
}
