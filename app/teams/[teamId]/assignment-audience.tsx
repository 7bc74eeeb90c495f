"use client";

import { useTranslations } from "next-intl";
import type { AssignablePerson } from "@/server/teams/assignment-options";

type Props = {
  people: AssignablePerson[];
  me: string;
  everyone: boolean;
  onEveryone: (everyone: boolean) => void;
  picked: ReadonlySet<string>;
  onPicked: (picked: ReadonlySet<string>) => void;
  error?: string;
};

export function AssignmentAudience({ people, me, everyone, onEveryone, picked, onPicked, error }: Props) {
  const t = useTranslations("teams");
  const tOnboarding = useTranslations("teamOnboarding");
  // With the whole team, only owners and admins are left to pick (members are in already).
  const pickable = everyone ? people.filter((p) => p.role !== "member") : people;
  const toggle = (userId: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(userId);
    else next.delete(userId);
    onPicked(next);
  };
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{t("assignTo")}</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="everyone" checked={everyone} onChange={(e) => onEveryone(e.target.checked)} />{" "}
        {tOnboarding("assignToLearners")}
      </label>
      {pickable.length > 0 && (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {everyone ? tOnboarding("alsoAssign") : tOnboarding("pickPeople")}
        </p>
      )}
      {pickable.map((p) => (
        <label key={p.userId} className="flex items-center gap-2 pl-6 text-sm">
          <input
            type="checkbox"
            name="members"
            value={p.userId}
            checked={picked.has(p.userId)}
            onChange={(e) => toggle(p.userId, e.target.checked)}
          />{" "}
          {p.userId === me ? tOnboarding("you", { name: p.label }) : p.label}
          {p.role !== "member" && (
            <span className="whitespace-nowrap rounded-full bg-stone-100 px-2 py-0.5 text-xs dark:bg-stone-800">
              {t(`roles.${p.role}`)}
            </span>
          )}
        </label>
      ))}
      {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}
