// Messages outside a request (emails, calendar feeds), in a user's saved language.
import { createTranslator } from "use-intl/core";
import en from "@/i18n/messages/en.json";
import zhCN from "@/i18n/messages/zh-CN.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

const catalogues = { en, "zh-CN": zhCN } as const;

/** The user's language, or the app's default when they never chose one. */
export function userLocale(saved: string | null): Locale {
  return isLocale(saved) ? saved : DEFAULT_LOCALE;
}

export function followUpTranslator(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale], namespace: "followUp" });
}
