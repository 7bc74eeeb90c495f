-- CreateTable
CREATE TABLE "ReviewDay" (
    "userId" TEXT NOT NULL,
    "studyDay" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "studyDay"),
    CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Counted from the reviews already made, then kept by the triggers.
INSERT INTO "ReviewDay" ("userId", "studyDay", "count")
SELECT "userId", "studyDay", COUNT(*) FROM "ReviewLog" GROUP BY "userId", "studyDay";

CREATE TRIGGER "ReviewLog_counted_in_ReviewDay" AFTER INSERT ON "ReviewLog"
BEGIN
    INSERT INTO "ReviewDay" ("userId", "studyDay", "count") VALUES (NEW."userId", NEW."studyDay", 1)
    ON CONFLICT ("userId", "studyDay") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "ReviewLog_uncounted_in_ReviewDay" AFTER DELETE ON "ReviewLog"
BEGIN
    UPDATE "ReviewDay" SET "count" = "count" - 1 WHERE "userId" = OLD."userId" AND "studyDay" = OLD."studyDay";
END;
