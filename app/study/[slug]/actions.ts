"use server";

import { deckIdRequest } from "@/lib/study/requests";
import { toSessionCard } from "@/lib/study/study-card";
import { callAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { dueTomorrowCount, studyQueue } from "@/server/study/study-service";
import { renderedAnswers } from "./rendered-answers";

/** A fresh queue for the signed-in learner (after a stale grade, or to look for more cards), answers rendered. */
export const loadQueue = callAction({
  schema: deckIdRequest,
  refuse: () => ({ cards: [], answers: {} }),
  run: async (deckId, user) => {
    const { cards } = await studyQueue(db, user.id, deckId, new Date());
    return { cards: cards.map(toSessionCard), answers: renderedAnswers(cards) };
  },
});

/** End-of-session figures for the signed-in learner's own cards. */
export const studySummary = callAction({
  schema: deckIdRequest,
  refuse: () => ({ dueTomorrow: 0 }),
  run: async (deckId, user) => ({ dueTomorrow: await dueTomorrowCount(db, user.id, deckId, new Date()) }),
});
