import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { externalProviders } from "@/server/auth/auth";
import { signInWithProviderAction } from "./oauth-actions";

type Props = { title: string; children: ReactNode; footer: { text: string; linkLabel: string; href: string } };

export async function AuthCard({ title, children, footer }: Props) {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto w-full max-w-sm">
      <h1 className="mb-5 text-2xl font-semibold tracking-tight">{title}</h1>
      <Card className="flex flex-col gap-4">
        {children}
        {externalProviders.length > 0 && (
          <form
            action={signInWithProviderAction}
            className="flex flex-col gap-2 border-t border-stone-200 pt-4 dark:border-stone-700"
          >
            {externalProviders.map((p) => (
              <Button key={p.id} variant="secondary" name="provider" value={p.id}>
                {t("orContinueWith", { provider: p.name })}
              </Button>
            ))}
          </form>
        )}
      </Card>
      <p className="mt-4 text-center text-sm text-stone-600 dark:text-stone-400">
        {footer.text}{" "}
        <Link
          href={footer.href}
          className="font-medium text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
        >
          {footer.linkLabel}
        </Link>
      </p>
    </div>
  );
}
