"use server";

import { deckIdRequest } from "@/lib/study/requests";
import type { StudyCard } from "@/lib/study/study-card";
import { callAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { dueTomorrowCount, studyQueue } from "@/server/study/study-service";

/** A fresh queue for the signed-in learner (after a stale grade, or to look for more cards). */
export const loadQueue = callAction({
  schema: deckIdRequest,
  refuse: (): StudyCard[] => [],
  run: async (deckId, user) => (await studyQueue(db, user.id, deckId, new Date())).cards,
});

/** End-of-session figures for the signed-in learner's own cards. */
export const studySummary = callAction({
  schema: deckIdRequest,
  refuse: () => ({ dueTomorrow: 0 }),
  run: async (deckId, user) => ({ dueTomorrow: await dueTomorrowCount(db, user.id, deckId, new Date()) }),
});
