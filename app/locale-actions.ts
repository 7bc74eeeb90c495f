"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const localeSchema = z.enum(LOCALES);

/** Saves the language choice for a year. Needs no session: signed-out visitors choose too. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = localeSchema.safeParse(formData.get("locale"));
  if (!locale.success) return;
  (await cookies()).set(LOCALE_COOKIE, locale.data, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
  });
}
