import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/teams/permissions";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { teamOverview } from "@/server/teams/teams";
import { UploadDeckForm } from "./upload-deck-form";

type Props = { params: Promise<{ teamId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamContent"))("uploadTitle") };
}

/** An admin uploads a FAQ file as a new team deck; it becomes a draft to preview. Others get a 404. */
export default async function NewTeamDeckPage({ params }: Props) {
  const user = await requireUser();
  const { teamId } = await params;
  const team = await teamOverview(db, user.id, teamId);
  if (!team || !can(team.role, "decks.upload")) notFound();
  const t = await getTranslations("teamContent");
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4">
      <header className="flex flex-col gap-1">
        <Link href={`/teams/${teamId}`} className="text-sm text-teal-800 underline dark:text-teal-300">
          {team.name}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{t("uploadTitle")}</h1>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("uploadIntro")}</p>
      </header>
      <Card>
        {/* A fresh id per page view: submitting this form twice makes one deck. */}
        <UploadDeckForm teamId={teamId} clientRequestId={randomUUID()} />
      </Card>
    </div>
  );
}
