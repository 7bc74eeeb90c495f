import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { myTeams } from "@/server/teams/teams";
import { CreateTeamForm } from "./create-team-form";
import { pageTitle } from "@/app/page-title";
import { Page } from "@/components/ui/page";

export const generateMetadata = pageTitle("teams", "title");

export default async function TeamsPage() {
  const user = await requireUser();
  const [teams, t] = await Promise.all([myTeams(db, user.id), getTranslations("teams")]);
  return (
    <Page title={t("title")}>
      {teams.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("none")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {teams.map((team) => (
            <li key={team.id}>
              <Link
                href={`/teams/${team.id}`}
                className="block rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:border-teal-600 dark:border-stone-700 dark:bg-stone-900"
                data-testid="team"
              >
                <span className="font-semibold">{team.name}</span>
                <span className="mt-1 block text-sm text-stone-600 dark:text-stone-400">
                  {t(`roles.${team.role}`)} · {t("memberCount", { count: team.members })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Card className="max-w-md">
        <h2 className="mb-3 font-semibold">{t("createTitle")}</h2>
        <CreateTeamForm />
      </Card>
    </Page>
  );
}
