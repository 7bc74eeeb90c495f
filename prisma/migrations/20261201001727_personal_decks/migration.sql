-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Deck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sourcePath" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "teamId" TEXT,
    "ownerId" TEXT,
    "sourceMarkdown" TEXT,
    "overridesYaml" TEXT,
    "publishedAt" DATETIME,
    "incompleteSince" DATETIME,
    "compileWarnings" TEXT,
    CONSTRAINT "Deck_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deck_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Deck" ("archivedAt", "compileWarnings", "contentHash", "createdAt", "description", "id", "incompleteSince", "language", "overridesYaml", "publishedAt", "slug", "sourceMarkdown", "sourcePath", "teamId", "title", "updatedAt") SELECT "archivedAt", "compileWarnings", "contentHash", "createdAt", "description", "id", "incompleteSince", "language", "overridesYaml", "publishedAt", "slug", "sourceMarkdown", "sourcePath", "teamId", "title", "updatedAt" FROM "Deck";
DROP TABLE "Deck";
ALTER TABLE "new_Deck" RENAME TO "Deck";
CREATE UNIQUE INDEX "Deck_slug_key" ON "Deck"("slug");
CREATE INDEX "Deck_teamId_idx" ON "Deck"("teamId");
CREATE INDEX "Deck_ownerId_idx" ON "Deck"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
