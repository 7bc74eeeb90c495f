import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { learnerSettings } from "@/server/study/study-service";
import { SettingsForm } from "./settings-form";
import { pageTitle } from "@/app/page-title";
import { Page } from "@/components/ui/page";

export const generateMetadata = pageTitle("settings", "title");

export default async function SettingsPage() {
  const user = await requireUser();
  const [settings, t] = await Promise.all([learnerSettings(db, user.id), getTranslations("settings")]);
  return (
    <Page title={t("title")} width="lg" gap={5}>
      <Card>
        <SettingsForm
          initial={{
            ...settings,
            learningSteps: settings.learningSteps.join(" "),
            relearningSteps: settings.relearningSteps.join(" "),
          }}
          timeZones={Intl.supportedValuesOf("timeZone")}
        />
      </Card>
    </Page>
  );
}
