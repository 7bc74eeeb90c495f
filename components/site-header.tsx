import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(auth)/actions";
import { LanguageSwitch } from "./language-switch";
import { Button } from "./ui/button";

export async function SiteHeader({ user }: { user: { email: string } | null }) {
  const [t, tApp] = await Promise.all([getTranslations("nav"), getTranslations("app")]);
  return (
    <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-900/90">
      <div className="mx-auto flex w-full max-w-4xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto text-lg font-semibold tracking-tight text-teal-800 dark:text-teal-300">
          {tApp("name")}
        </Link>
        <nav
          aria-label={t("mainNavigation")}
          className="flex flex-wrap items-center gap-x-1 gap-y-0.5 whitespace-nowrap text-sm"
        >
          <Link href="/" className="rounded-md px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t("home")}
          </Link>
          {user ? (
            <>
              <Link href="/progress" className="rounded-md px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800">
                {t("progress")}
              </Link>
              <Link href="/quiz" className="rounded-md px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800">
                {t("quiz")}
              </Link>
              <Link href="/teams" className="rounded-md px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800">
                {t("teams")}
              </Link>
              <Link href="/settings" className="rounded-md px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800">
                {t("settings")}
              </Link>
              <Link
                href="/account"
                className="rounded-md px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800"
                data-testid="account-link"
              >
                {t("account")}
              </Link>
              <form action={signOutAction}>
                <Button variant="ghost" className="min-h-8 px-2">
                  {t("signOut")}
                </Button>
              </form>
            </>
          ) : (
            <>
              <Link href="/signin" className="rounded-md px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800">
                {t("signIn")}
              </Link>
              <Link
                href="/signup"
                className="rounded-md bg-teal-700 px-3 py-1.5 font-medium text-white hover:bg-teal-800"
              >
                {t("signUp")}
              </Link>
            </>
          )}
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
