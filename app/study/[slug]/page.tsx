import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { findDeck } from "@/server/queries/decks";
import { studyQueue } from "@/server/study/study-service";
import { loadQueue, studySummary } from "./actions";
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
  // A new queue from the server (after a refresh) starts a fresh session view.
  const sessionKey = cards.map((c) => `${c.userCardId}@${c.version}`).join(",");
  return (
    <StudySession
      key={sessionKey}
      deck={deck}
      initialCards={cards}
      summaryAction={studySummary.bind(null, deck.id)}
      reloadAction={loadQueue.bind(null, deck.id)}
    />
  );
}
