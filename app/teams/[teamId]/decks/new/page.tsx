import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { TeamSubpageHeader, teamPageFor } from "../../team-page";
import { UploadDeckForm } from "./upload-deck-form";
import { pageTitle } from "@/app/page-title";
import { warmCompiler } from "@/server/content/compile-off-thread";

type Props = { params: Promise<{ teamId: string }> };

export const generateMetadata = pageTitle("teamContent", "uploadTitle");

/** An admin uploads a FAQ file as a new team deck; it becomes a draft to preview. Others get a 404. */
export default async function NewTeamDeckPage({ params }: Props) {
  const { teamId, team } = await teamPageFor(params, "decks.upload");
  const t = await getTranslations("teamContent");
  warmCompiler();
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4">
      <TeamSubpageHeader teamId={teamId} teamName={team.name} title={t("uploadTitle")}>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("uploadIntro")}</p>
      </TeamSubpageHeader>
      <Card>
        {/* A fresh id per page view: submitting this form twice makes one deck. */}
        <UploadDeckForm teamId={teamId} clientRequestId={randomUUID()} />
      </Card>
    </div>
  );
}
