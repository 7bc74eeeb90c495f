import { getTranslations } from "next-intl/server";
import { signOutEverywhereAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { pageTitle } from "@/app/page-title";

export const generateMetadata = pageTitle("account", "title");

export default async function AccountPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations("account")]);
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-5">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <Card className="flex flex-col gap-4">
        <dl>
          <dt className="text-sm text-stone-500 dark:text-stone-400">{t("email")}</dt>
          <dd className="font-medium">{user.email}</dd>
        </dl>
        <form
          action={signOutEverywhereAction}
          className="flex flex-col items-start gap-2 border-t border-stone-200 pt-4 dark:border-stone-700"
        >
          <Button variant="secondary">{t("signOutEverywhere")}</Button>
          <p className="text-xs text-stone-500 dark:text-stone-400">{t("signOutEverywhereHint")}</p>
        </form>
      </Card>
    </div>
  );
}
