"use server";

import { z } from "zod";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { findDeck } from "@/server/queries/decks";
import type { StudyCard } from "@/lib/study/study-card";
import { dueTomorrowCount, studyQueue } from "@/server/study/study-service";

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** A fresh queue for the signed-in learner (after a stale grade, or to look for more cards). */
export async function loadQueue(slug: string): Promise<StudyCard[]> {
  const user = await getCurrentUser();
  const parsed = slugSchema.safeParse(slug);
  if (!user || !parsed.success) return [];
  const deck = await findDeck(parsed.data);
  if (!deck) return [];
  return (await studyQueue(db, user.id, deck.id, new Date())).cards;
}

/** End-of-session figures for the signed-in learner's own cards. */
export async function studySummary(slug: string): Promise<{ dueTomorrow: number }> {
  const user = await getCurrentUser();
  const parsed = slugSchema.safeParse(slug);
  if (!user || !parsed.success) return { dueTomorrow: 0 };
  const deck = await findDeck(parsed.data);
  if (!deck) return { dueTomorrow: 0 };
  return { dueTomorrow: await dueTomorrowCount(db, user.id, deck.id, new Date()) };
}
