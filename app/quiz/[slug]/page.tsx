import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { findDeck } from "@/server/queries/decks";
import { quizTopics } from "@/server/quiz/quiz-service";
import { StartQuizForm } from "./start-quiz-form";
import { Page } from "@/components/ui/page";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ topic?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [deck, t] = await Promise.all([findDeck((await params).slug), getTranslations("quiz")]);
  return { title: deck ? t("startTitle", { deck: deck.title }) : undefined };
}

export default async function StartQuizPage({ params, searchParams }: Props) {
  await requireUser();
  const deck = await findDeck((await params).slug);
  if (!deck) notFound();
  const [topics, t, { topic }] = await Promise.all([quizTopics(db, deck.id), getTranslations("quiz"), searchParams]);
  return (
    <Page title={t("startTitle", { deck: deck.title })} lang={deck.language} width="xl" gap={4}>
      {/* A fresh id per page view: submitting this form twice starts one attempt. */}
      <StartQuizForm
        deckId={deck.id}
        language={deck.language}
        topics={topics}
        initialTopic={topic ?? ""}
        clientAttemptId={randomUUID()}
      />
    </Page>
  );
}
