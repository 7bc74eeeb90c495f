import { Prisma } from "@/generated/sqlite/client";

/**
 * Whether the user has an assignment on the deck that a grade can complete (it asks for study), not
 * completed yet: the rule of `openAssignments(userId, deckId, "grade")` in SQL, for the grade's one
 * read (a test checks that both agree). `deckId` is a column or value of the statement it goes in.
 */
export function openStudyAssignmentSql(userId: string, deckId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" a WHERE a."deckId" = ${deckId} AND a."requireStudy" = TRUE
    AND ((a."wholeTeam" = TRUE AND EXISTS (SELECT 1 FROM "TeamMember" tm
          WHERE tm."teamId" = a."teamId" AND tm."userId" = ${userId} AND tm."role" = 'member'))
      OR EXISTS (SELECT 1 FROM "AssignmentAssignee" aa WHERE aa."assignmentId" = a."id" AND aa."userId" = ${userId}))
    AND NOT EXISTS (SELECT 1 FROM "AssignmentCompletion" ac WHERE ac."assignmentId" = a."id" AND ac."userId" = ${userId}))`;
}
