-- CreateTable
CREATE TABLE "ReviewDay" (
    "userId" TEXT NOT NULL,
    "studyDay" TEXT NOT NULL,
    "shard" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ReviewDay_pkey" PRIMARY KEY ("userId","studyDay","shard")
);

-- AddForeignKey
ALTER TABLE "ReviewDay" ADD CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Counted from the reviews already made, then kept by the trigger. The shard is the card id's last
-- character (random in a cuid) modulo 16.
INSERT INTO "ReviewDay" ("userId", "studyDay", "shard", "count")
SELECT "userId", "studyDay", ascii(right("userCardId", 1)) % 16, COUNT(*) FROM "ReviewLog" GROUP BY 1, 2, 3;

CREATE FUNCTION "review_day_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "ReviewDay" ("userId", "studyDay", "shard", "count")
        VALUES (NEW."userId", NEW."studyDay", ascii(right(NEW."userCardId", 1)) % 16, 1)
        ON CONFLICT ("userId", "studyDay", "shard") DO UPDATE SET "count" = "ReviewDay"."count" + 1;
        RETURN NEW;
    END IF;
    UPDATE "ReviewDay" SET "count" = "count" - 1
    WHERE "userId" = OLD."userId" AND "studyDay" = OLD."studyDay" AND "shard" = ascii(right(OLD."userCardId", 1)) % 16;
    RETURN OLD;
END
$$;

CREATE TRIGGER "ReviewLog_counted_in_ReviewDay" AFTER INSERT OR DELETE ON "ReviewLog"
FOR EACH ROW EXECUTE FUNCTION "review_day_count"();
