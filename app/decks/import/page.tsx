import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Page } from "@/components/ui/page";
import { pageTitle } from "@/app/page-title";
import { requireUser } from "@/server/auth/session";
import { importDeckAction } from "./actions";
import { ImportDeckForm } from "./import-deck-form";

export const generateMetadata = pageTitle("deckImport", "title");

/** A learner imports a CSV/TSV file or an Anki package into a deck of their own. */
export default async function ImportDeckPage() {
  await requireUser();
  const t = await getTranslations("deckImport");
  return (
    <Page title={t("title")} width="xl" gap={4}>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("intro")}</p>
      <Card>
        <ImportDeckForm action={importDeckAction} />
      </Card>
    </Page>
  );
}
