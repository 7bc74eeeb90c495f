import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { findDeck } from "@/server/queries/decks";
import { studyQueue } from "@/server/study/study-service";
import { toSessionCard } from "@/lib/study/study-card";
import { loadQueue, studySummary } from "./actions";
import { renderedAnswers } from "./rendered-answers";
import { StudySession } from "./study-session";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [deck, t] = await Promise.all([findDeck((await params).slug), getTranslations("study")]);
  return { title: deck ? t("title", { deck: deck.title }) : undefined };
}

export default async function StudyPage({ params }: Props) {
  const user = await requireUser();
  const deck = await findDeck((await params).slug);
  if (!deck) notFound();
  const { cards } = await studyQueue(db, user.id, deck.id, new Date());
  // Keyed by the deck only: a refresh of the page (switching the language) keeps the session going,
  // and its fresh queue is not used.
  return (
    <StudySession
      key={deck.id}
      deck={deck}
      initialCards={cards.map(toSessionCard)}
      initialAnswers={renderedAnswers(cards)}
      summaryAction={studySummary.bind(null, deck.id)}
      reloadAction={loadQueue.bind(null, deck.id)}
    />
  );
}
