import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { lookUpInvite } from "@/server/teams/invites";
import { joinTeamAction } from "./actions";
import { ButtonLink } from "@/components/ui/button-link";
import { pageTitle } from "@/app/page-title";

type Props = { params: Promise<{ token: string }> };

export const generateMetadata = pageTitle("teams", "joinTitle");

/** Where an invite link leads: who invites you, and a Join button; or why the link no longer works. */
export default async function JoinPage({ params }: Props) {
  const { token } = await params;
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("teams")]);
  const invite = await lookUpInvite(db, token, user?.id ?? null, new Date());
  return (
    <Card className="mx-auto flex w-full max-w-md flex-col gap-4" data-testid="join">
      <h1 className="text-xl font-semibold">{t("joinTitle")}</h1>
      {!invite.ok ? (
        <p role="alert" className="text-red-800 dark:text-red-300" data-testid="invite-problem">
          {t(`inviteStatus.${invite.reason}`)}
        </p>
      ) : invite.alreadyMember ? (
        <p>
          {t("alreadyMember", { team: invite.teamName })}{" "}
          <Link href={`/teams/${invite.teamId}`} className="text-teal-800 underline dark:text-teal-300">
            {t("openTeam")}
          </Link>
        </p>
      ) : !user ? (
        <>
          <p>{t("invitedTo", { team: invite.teamName })}</p>
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("signInToJoin")}</p>
          <div className="flex gap-2">
            <ButtonLink href={`/signin?callbackUrl=/join/${token}`} variant="primary">
              {t("signInFirst")}
            </ButtonLink>
            <ButtonLink href={`/signup?callbackUrl=/join/${token}`}>{t("signUpFirst")}</ButtonLink>
          </div>
        </>
      ) : (
        <>
          <p>{t("invitedTo", { team: invite.teamName })}</p>
          <ActionButton
            action={joinTeamAction}
            fields={{ token }}
            label={t("join")}
            messages="teams.inviteStatus"
            variant="primary"
          />
        </>
      )}
    </Card>
  );
}
