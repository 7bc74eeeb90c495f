import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

const LABELS: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

/** Plain form buttons: switching language works without JavaScript. */
/** `action` saves the choice (the server action of app/locale-actions). */
export async function LanguageSwitch({ action }: { action: (formData: FormData) => Promise<void> }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <form
      action={action}
      role="group"
      aria-label={t("language")}
      className="flex rounded-lg border border-stone-300 p-0.5 text-xs dark:border-stone-600"
    >
      {LOCALES.map((option) => (
        <button
          key={option}
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className="rounded-md px-2 py-1 text-stone-600 aria-pressed:bg-teal-700 aria-pressed:text-white dark:text-stone-300"
        >
          {LABELS[option]}
        </button>
      ))}
    </form>
  );
}
