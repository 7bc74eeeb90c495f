import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { can, type TeamAction } from "@/lib/teams/permissions";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { teamOverview } from "@/server/teams/teams";

/** The signed-in user and the team of a team page; the same 404 for outsiders and for roles without `action`. */
export async function teamPageFor(params: Promise<{ teamId: string }>, action: TeamAction) {
  const user = await requireUser();
  const { teamId } = await params;
  const team = await teamOverview(db, user.id, teamId);
  if (!team || !can(team.role, action)) notFound();
  return { user, teamId, team };
}

type HeaderProps = {
  teamId: string;
  teamName: string;
  title: string;
  lang?: string;
  badge?: ReactNode;
  children?: ReactNode;
};

/** The top of a page under a team: the way back to the team, the title, then `children` (a line or two about it). */
export function TeamSubpageHeader({ teamId, teamName, title, lang, badge, children }: HeaderProps) {
  return (
    <header className="flex flex-col gap-1">
      <Link href={`/teams/${teamId}`} className="text-sm text-teal-800 underline dark:text-teal-300">
        {teamName}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight" lang={lang}>
          {title}
        </h1>
        {badge}
      </div>
      {children}
    </header>
  );
}
