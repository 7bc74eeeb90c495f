-- CreateTable
CREATE TABLE "ReviewDay" (
    "userId" TEXT NOT NULL,
    "studyDay" TEXT NOT NULL,
    "shard" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "studyDay", "shard"),
    CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Counted from the reviews already made, then kept by the triggers. The shard is the card id's last
-- character (random in a cuid) modulo 16.
INSERT INTO "ReviewDay" ("userId", "studyDay", "shard", "count")
SELECT "userId", "studyDay", unicode(substr("userCardId", -1)) % 16, COUNT(*) FROM "ReviewLog" GROUP BY 1, 2, 3;

CREATE TRIGGER "ReviewLog_counted_in_ReviewDay" AFTER INSERT ON "ReviewLog"
BEGIN
    INSERT INTO "ReviewDay" ("userId", "studyDay", "shard", "count")
    VALUES (NEW."userId", NEW."studyDay", unicode(substr(NEW."userCardId", -1)) % 16, 1)
    ON CONFLICT ("userId", "studyDay", "shard") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "ReviewLog_uncounted_in_ReviewDay" AFTER DELETE ON "ReviewLog"
BEGIN
    UPDATE "ReviewDay" SET "count" = "count" - 1
    WHERE "userId" = OLD."userId" AND "studyDay" = OLD."studyDay" AND "shard" = unicode(substr(OLD."userCardId", -1)) % 16;
END;
