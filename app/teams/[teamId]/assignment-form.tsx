"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { formFields } from "@/lib/forms/form-fields";
import { assignedPeople } from "@/lib/teams/audience";
import { DEFAULT_MIN_RECALL_PERCENT, DEFAULT_PASS_PERCENT } from "@/lib/teams/assignment-defaults";
import type { AssignableDeck, AssignablePerson } from "@/server/teams/assignment-options";
import { createAssignmentAction, type CreateAssignmentResult } from "./actions";
import { AssignmentAudience } from "./assignment-audience";
import { FeasibilityWarning, useFeasibilityWarning } from "./feasibility-warning";
import { WorkloadPreview } from "./workload-preview";

type Props = {
  teamId: string;
  decks: AssignableDeck[];
  people: AssignablePerson[];
  /** The lead filling in the form. */
  me: string;
  /** Today and the default due date in the lead's time zone ("YYYY-MM-DD"). */
  today: string;
  defaultDueDate: string;
  clientRequestId: string;
};

export function AssignmentForm({ teamId, decks, people, me, today, defaultDueDate, clientRequestId }: Props) {
  const t = useTranslations("teams");
  const tOnboarding = useTranslations("teamOnboarding");
  const [state, action, pending] = useActionState<CreateAssignmentResult | null, FormData>(
    createAssignmentAction,
    null,
  );
  // Controlled, so that the topics follow the deck and the warning follows every choice.
  const [deckSlug, setDeckSlug] = useState(decks[0]?.slug ?? "");
  const [topic, setTopic] = useState("");
  const [dueDate, setDueDate] = useState(defaultDueDate);
  const [requireStudy, setRequireStudy] = useState(true);
  const [requireQuiz, setRequireQuiz] = useState(true);
  const [everyone, setEveryone] = useState(true);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const { formError, error, field } = formFields(state, t);
  const [minRecall, setMinRecall] = useState(field("minRecall", String(DEFAULT_MIN_RECALL_PERCENT)).defaultValue);
  const deck = decks.find((d) => d.slug === deckSlug);
  const cards = topic ? (deck?.topics.find((x) => x.topic === topic)?.cards ?? 0) : (deck?.cards ?? 0);
  const learners = assignedPeople(people, everyone, picked).map((p) => {
    const studied = p.studied[deckSlug];
    return { ...p, studied: (topic ? studied?.topics[topic] : studied?.cards) ?? 0 };
  });
  const feasibility = useFeasibilityWarning({ cards, today, dueDate, learners });
  const warning = requireStudy ? feasibility : null;

  return (
    <form
      // Not `action`: React resets a form after its action, which would put the controlled fields
      // back to their first values in the page while the state keeps the chosen ones.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      className="flex flex-col gap-4"
      noValidate
    >
      <input type="hidden" name="teamId" value={teamId} />
      {/* The page makes a new id each time it renders (after a success too): a double submit sends the same one. */}
      <input type="hidden" name="clientRequestId" value={clientRequestId} />
      <FormOutcome error={formError} done={state?.ok ? t("assignmentCreated") : undefined} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("deck")}
          name="deck"
          value={deckSlug}
          error={error("deck")}
          onChange={(e) => {
            setDeckSlug(e.target.value);
            setTopic("");
          }}
        >
          {decks.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={tOnboarding("topic")}
          name="topic"
          value={topic}
          error={error("topic")}
          onChange={(e) => setTopic(e.target.value)}
        >
          <option value="">{tOnboarding("wholeDeck")}</option>
          {deck?.topics.map((x) => (
            <option key={x.topic} value={x.topic}>
              {x.topic}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("dueDate")}
          type="date"
          required
          name="dueDate"
          value={dueDate}
          min={today}
          onChange={(e) => setDueDate(e.target.value)}
          error={error("dueDate")}
          hint={warning && <FeasibilityWarning message={warning} />}
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t("rule")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="requireStudy"
            checked={requireStudy}
            onChange={(e) => setRequireStudy(e.target.checked)}
          />{" "}
          {t("requireStudy")}
        </label>
        {/* A threshold is asked for only while its rule is on; the request then takes its default. */}
        {requireStudy && (
          <TextField
            label={tOnboarding("minRecall")}
            hint={tOnboarding("minRecallHint")}
            inputMode="numeric"
            {...field("minRecall", String(DEFAULT_MIN_RECALL_PERCENT))}
            defaultValue={undefined}
            value={minRecall}
            onChange={(e) => setMinRecall(e.target.value)}
            className="max-w-md pl-6"
          />
        )}
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="requireQuiz"
            checked={requireQuiz}
            onChange={(e) => setRequireQuiz(e.target.checked)}
          />{" "}
          {t("requireQuiz")}
        </label>
        {requireQuiz && (
          <TextField
            label={t("passPercent")}
            inputMode="numeric"
            {...field("passPercent", String(DEFAULT_PASS_PERCENT))}
            className="max-w-md pl-6"
          />
        )}
        {error("requireStudy") && <p className="text-sm text-red-700 dark:text-red-400">{error("requireStudy")}</p>}
      </fieldset>
      <AssignmentAudience
        people={people}
        me={me}
        everyone={everyone}
        onEveryone={setEveryone}
        picked={picked}
        onPicked={setPicked}
        error={error("members")}
      />
      <WorkloadPreview
        teamId={teamId}
        deck={deckSlug}
        topic={topic}
        dueDate={dueDate}
        minRecall={requireStudy ? String(minRecall) : null}
        members={learners.map((p) => p.userId)}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {t("assign")}
      </Button>
    </form>
  );
}
