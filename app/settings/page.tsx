import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { learnerSettings } from "@/server/study/study-service";
import { SettingsForm } from "./settings-form";
import { pageTitle } from "@/app/page-title";

export const generateMetadata = pageTitle("settings", "title");

export default async function SettingsPage() {
  const user = await requireUser();
  const [settings, t] = await Promise.all([learnerSettings(db, user.id), getTranslations("settings")]);
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-5">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
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
    </div>
  );
}
