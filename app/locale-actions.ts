"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { localeRequest } from "@/lib/i18n/requests";
import { publicSubmitAction } from "@/server/actions/action";
import { getCurrentUser } from "@/server/auth/session";
import { saveUserLocale } from "@/server/queries/users";

/** Saves the language choice for a year. Needs no session: signed-out visitors choose too. */
export const setLocale = publicSubmitAction({
  schema: localeRequest,
  run: async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: false,
    });
    // Signed in, the choice is also the language of the user's reminder emails.
    const user = await getCurrentUser();
    if (user) await saveUserLocale(user.id, locale, new Date());
  },
});
