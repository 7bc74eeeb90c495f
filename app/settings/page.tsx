import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { learnerSettings } from "@/server/study/study-service";
import { parametersStatus, REFIT_AFTER_REVIEWS } from "@/server/study/fsrs-parameters";
import { FsrsParametersSection } from "./fsrs-parameters-section";
import { SettingsForm } from "./settings-form";
import { pageTitle } from "@/app/page-title";
import { Page } from "@/components/ui/page";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("settings", "title");

export default async function SettingsPage() {
  const user = await requireUser();
  const now = new Date();
  const [settings, t, tInterop, fsrsStatus] = await Promise.all([
    learnerSettings(db, user.id),
    getTranslations("settings"),
    getTranslations("interop"),
    parametersStatus(db, user.id, now),
  ]);
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
      <Card>
        <FsrsParametersSection status={fsrsStatus} refitEvery={REFIT_AFTER_REVIEWS} />
      </Card>
      <Section id="review-history-heading" title={tInterop("historyTitle")} gap={2} testId="review-history">
        <p className="text-sm text-stone-600 dark:text-stone-400">{tInterop("historyHint")}</p>
        <p>
          <ButtonLink href="/settings/review-history.csv" download prefetch={false}>
            {tInterop("downloadHistory")}
          </ButtonLink>
        </p>
      </Section>
    </Page>
  );
}
