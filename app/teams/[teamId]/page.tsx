import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { ListCard } from "@/components/ui/list-card";
import { Options, Select } from "@/components/ui/select";
import { can, TEAM_ROLES } from "@/lib/teams/permissions";
import { inviteProblem } from "@/lib/teams/invite-token";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { listDecks } from "@/server/queries/decks";
import { teamAssignments } from "@/server/teams/assignments";
import { teamInvites } from "@/server/teams/invites";
import { openReportCount } from "@/server/teams/reports";
import { teamDecks } from "@/server/teams/team-decks";
import { teamOverview } from "@/server/teams/teams";
import { changeRoleAction, revokeInviteAction } from "./actions";
import { RemoveMemberButton } from "./remove-member-button";
import { AssignmentForm } from "./assignment-form";
import { InviteForm } from "./invite-form";
import { Section } from "@/components/ui/section";
import { scopeTitle } from "@/lib/decks/scope";
import { pageTitle } from "@/app/page-title";

type Props = { params: Promise<{ teamId: string }> };

export const generateMetadata = pageTitle("teams", "title");

export default async function TeamPage({ params }: Props) {
  const user = await requireUser();
  const { teamId } = await params;
  const team = await teamOverview(db, user.id, teamId);
  if (!team) notFound();
  const admin = can(team.role, "decks.upload");
  const [assignments, invites, decks, ownDecks, openReports, t, tContent, format] = await Promise.all([
    teamAssignments(db, user.id, teamId),
    can(team.role, "invites.manage") ? teamInvites(db, user.id, teamId) : null,
    can(team.role, "assignments.manage") ? listDecks() : [],
    admin ? teamDecks(db, teamId) : [],
    can(team.role, "reports.resolve") ? openReportCount(db, teamId) : 0,
    getTranslations("teams"),
    getTranslations("teamContent"),
    getFormatter(),
  ]);
  const now = new Date();
  const isOwner = can(team.role, "members.changeRole");

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{team.name}</h1>
          <p className="text-sm text-stone-600 dark:text-stone-400" data-testid="my-role">
            {t("yourRole", { role: t(`roles.${team.role}`) })}
          </p>
        </div>
        <RemoveMemberButton teamId={teamId} memberId={user.id} label={t("leave")} />
      </header>

      <Section id="assignments-heading" title={t("assignments")}>
        {(assignments ?? []).length === 0 && (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noAssignments")}</p>
        )}
        <ul className="flex flex-col gap-2">
          {(assignments ?? []).map((a) => (
            <ListCard key={a.id} className="gap-x-4 gap-y-1 text-sm" data-testid="assignment">
              <span className="font-medium" lang={a.deck.language}>
                {scopeTitle(a.deck.title, a.topic)}
              </span>
              <span className="text-stone-600 dark:text-stone-400">
                {t("due", { date: format.dateTime(a.dueAt, { dateStyle: "medium" }) })}
              </span>
              <span className="text-stone-600 dark:text-stone-400">{ruleText(t, a)}</span>
              {can(team.role, "assignments.viewResults") && (
                <Link
                  href={`/teams/${teamId}/assignments/${a.id}`}
                  className="ml-auto font-medium text-teal-800 underline dark:text-teal-300"
                >
                  {t("results")}
                </Link>
              )}
            </ListCard>
          ))}
        </ul>
        {can(team.role, "assignments.manage") && (
          <Card>
            <h3 className="mb-3 font-semibold">{t("newAssignment")}</h3>
            <AssignmentForm
              teamId={teamId}
              decks={decks
                .filter((d) => (d.teamId === null && !d.personal) || d.teamId === teamId)
                .map((d) => ({ slug: d.slug, title: d.title }))}
              members={team.members.map((m) => ({ userId: m.userId, label: m.name ?? m.email }))}
              clientRequestId={randomUUID()}
            />
          </Card>
        )}
      </Section>

      {admin && (
        <Section
          id="team-decks-heading"
          title={tContent("teamDecks")}
          actions={
            <>
              <div className="flex flex-wrap gap-3 text-sm font-medium">
                <Link href={`/teams/${teamId}/reports`} className="text-teal-800 underline dark:text-teal-300">
                  {tContent("reportsLink", { count: openReports })}
                </Link>
                <Link href={`/teams/${teamId}/decks/new`} className="text-teal-800 underline dark:text-teal-300">
                  {tContent("uploadDeck")}
                </Link>
              </div>
            </>
          }
        >
          <ul className="flex flex-col gap-2 text-sm">
            {ownDecks.map((deck) => (
              <ListCard key={deck.id} className="gap-3" data-testid="team-deck">
                <Link
                  href={deck.published ? `/decks/${deck.slug}` : `/teams/${teamId}/decks/${deck.slug}/preview`}
                  className="font-medium hover:underline"
                  lang={deck.language}
                >
                  {deck.title}
                </Link>
                <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs dark:bg-stone-800">
                  {deck.published ? tContent("published") : tContent("draft")}
                </span>
              </ListCard>
            ))}
          </ul>
        </Section>
      )}

      <Section id="members-heading" title={t("members")}>
        <ul className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-700 dark:border-stone-700 dark:bg-stone-900">
          {team.members.map((m) => (
            <li key={m.userId} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm" data-testid="member">
              <span className="font-medium">{m.name ?? m.email}</span>
              {m.name && m.email && <span className="text-stone-500 dark:text-stone-400">{m.email}</span>}
              {isOwner && m.userId !== user.id ? (
                <div className="ml-auto flex flex-wrap items-center gap-2">
                  <ActionButton
                    action={changeRoleAction}
                    fields={{ teamId, memberId: m.userId }}
                    label={t("saveRole")}
                    messages="teams.errors"
                  >
                    <Select
                      compact
                      name="role"
                      defaultValue={m.role}
                      aria-label={t("roleOf", { name: m.name ?? m.email })}
                    >
                      <Options values={TEAM_ROLES} label={(role) => t(`roles.${role}`)} />
                    </Select>
                  </ActionButton>
                  <RemoveMemberButton teamId={teamId} memberId={m.userId} label={t("remove")} />
                </div>
              ) : (
                <span className="ml-auto rounded-full bg-stone-100 px-2 py-0.5 text-xs dark:bg-stone-800">
                  {t(`roles.${m.role}`)}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Section>

      {invites && (
        <Section id="invites-heading" title={t("invites")}>
          <Card>
            <InviteForm teamId={teamId} />
          </Card>
          <ul className="flex flex-col gap-2 text-sm">
            {invites.map((invite) => {
              const problem = inviteProblem(invite, now);
              return (
                <li key={invite.id} className="flex flex-wrap items-center gap-3" data-testid="invite">
                  <span>
                    {t("inviteCreated", {
                      date: format.dateTime(invite.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                    })}
                  </span>
                  <span className="text-stone-600 dark:text-stone-400">
                    {t("inviteUses", { uses: invite.uses, max: invite.maxUses ?? "∞" })}
                  </span>
                  <span className={problem ? "text-red-700 dark:text-red-400" : "text-teal-800 dark:text-teal-300"}>
                    {problem
                      ? t(`inviteStatus.${problem}`)
                      : t("inviteValidUntil", {
                          date: format.dateTime(invite.expiresAt, { dateStyle: "medium", timeStyle: "short" }),
                        })}
                  </span>
                  {!problem && (
                    <ActionButton
                      action={revokeInviteAction}
                      fields={{ teamId, inviteId: invite.id }}
                      label={t("revoke")}
                      messages="teams.errors"
                      variant="ghost"
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </Section>
      )}
    </div>
  );
}

function ruleText(
  t: Awaited<ReturnType<typeof getTranslations<"teams">>>,
  a: { requireStudy: boolean; minRecall: number; requireQuiz: boolean; passPercent: number },
): string {
  const parts = [
    a.requireStudy ? t("ruleStudy", { recall: Math.round(a.minRecall * 100) }) : null,
    a.requireQuiz ? t("ruleQuiz", { percent: a.passPercent }) : null,
  ];
  return parts.filter(Boolean).join(t("and"));
}
