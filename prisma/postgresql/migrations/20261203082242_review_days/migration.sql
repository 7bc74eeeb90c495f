-- CreateTable
CREATE TABLE "ReviewDay" (
    "userId" TEXT NOT NULL,
    "studyDay" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ReviewDay_pkey" PRIMARY KEY ("userId","studyDay")
);

-- AddForeignKey
ALTER TABLE "ReviewDay" ADD CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Counted from the reviews already made, then kept by the trigger.
INSERT INTO "ReviewDay" ("userId", "studyDay", "count")
SELECT "userId", "studyDay", COUNT(*) FROM "ReviewLog" GROUP BY "userId", "studyDay";

CREATE FUNCTION "review_day_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "ReviewDay" ("userId", "studyDay", "count") VALUES (NEW."userId", NEW."studyDay", 1)
        ON CONFLICT ("userId", "studyDay") DO UPDATE SET "count" = "ReviewDay"."count" + 1;
        RETURN NEW;
    END IF;
    UPDATE "ReviewDay" SET "count" = "count" - 1 WHERE "userId" = OLD."userId" AND "studyDay" = OLD."studyDay";
    RETURN OLD;
END
$$;

CREATE TRIGGER "ReviewLog_counted_in_ReviewDay" AFTER INSERT OR DELETE ON "ReviewLog"
FOR EACH ROW EXECUTE FUNCTION "review_day_count"();
