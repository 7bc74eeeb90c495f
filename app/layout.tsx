import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { getCurrentUser } from "@/server/auth/session";
import { signOutAction } from "./(auth)/actions";
import { setLocale } from "./locale-actions";
import { HydrationMark } from "./hydration-mark";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, user] = await Promise.all([getLocale(), getCurrentUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        {/* Each part of the app sends its own messages (part-messages.tsx); the header needs none. */}
        <NextIntlClientProvider messages={{}}>
          <SiteHeader user={user} signOutAction={signOutAction} setLocaleAction={setLocale} />
          <main className="mx-auto w-full max-w-4xl px-4 py-6 sm:py-10">{children}</main>
        </NextIntlClientProvider>
        <HydrationMark />
      </body>
    </html>
  );
}
