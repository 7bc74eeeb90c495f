// npm run db:migrate — applies pending migrations to the database named by DATABASE_URL.
import { databaseTarget } from "../server/db/database-url";
import { migrate } from "./db/migrate";

try {
  const applied = await migrate(databaseTarget());
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
} catch (error) {
  console.error(`Database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Migrations after the failing one were not applied. Fix the cause above, then run npm start again.");
  process.exit(1);
}
