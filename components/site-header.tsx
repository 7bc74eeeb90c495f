import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitch } from "./language-switch";
import { Button } from "./ui/button";

type FormAction = (formData: FormData) => Promise<void>;
type Props = {
  user: { email: string } | null;
  /** Server actions of app/: signing out and choosing the language. */
  signOutAction: FormAction;
  setLocaleAction: FormAction;
};

const NAV_LINK = "rounded-md px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800";
const SIGNED_IN = ["progress", "quiz", "teams", "settings"] as const;

export async function SiteHeader({ user, signOutAction, setLocaleAction }: Props) {
  const [t, tApp, tMenu] = await Promise.all([
    getTranslations("nav"),
    getTranslations("app"),
    getTranslations("siteMenu"),
  ]);
  return (
    <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-900/90">
      <div className="mx-auto flex w-full max-w-4xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 sm:py-3">
        <Link href="/" className="mr-auto text-lg font-semibold tracking-tight text-teal-800 dark:text-teal-300">
          {tApp("name")}
        </Link>
        <HeaderMenu label={tMenu("menu")}>
          <nav
            aria-label={t("mainNavigation")}
            className="flex flex-wrap items-center gap-x-1 gap-y-0.5 whitespace-nowrap text-sm"
          >
            <Link href="/" className={NAV_LINK}>
              {t("home")}
            </Link>
            {user ? (
              <>
                {SIGNED_IN.map((page) => (
                  <Link key={page} href={`/${page}`} className={NAV_LINK}>
                    {t(page)}
                  </Link>
                ))}
                <Link href="/account" className={NAV_LINK} data-testid="account-link">
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
                <Link href="/signin" className={NAV_LINK}>
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
          <LanguageSwitch action={setLocaleAction} />
        </HeaderMenu>
      </div>
    </header>
  );
}
