import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, type AppPart } from "@/lib/i18n/client-messages";

/** The messages the client components of one part of the app read, and no others, for the browser. */
export async function PartMessages({ part, children }: { part: AppPart; children: ReactNode }) {
  return (
    <NextIntlClientProvider messages={clientMessages(await getMessages(), part)}>{children}</NextIntlClientProvider>
  );
}
