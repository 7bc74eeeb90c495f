import { z } from "zod";
import { editReportedItemRequest, resolveReportRequest } from "./requests";

// The same fields and messages as a reported question's correction, naming the question instead of a report.
const teamId = resolveReportRequest.shape.teamId;
const questionId = z.string().min(1).max(300);

/** Hide a question of the team's own deck that the statistics flagged. */
export const hideQuestionRequest = z.object({ teamId, questionId });

/** Rewrite it: the three wrong options become the distractors. */
export const editQuestionRequest = editReportedItemRequest.options[1]
  .omit({ reportId: true, itemKind: true })
  .extend({ teamId, questionId });
