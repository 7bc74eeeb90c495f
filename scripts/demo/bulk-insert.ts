// Bulk writes for the demo seed. Prisma 7 compiles every createMany call with its rows inlined,
// about 3 000 rows/s here, so 300 000 reviews would take minutes. On SQLite the rows go in as
// multi-row INSERTs through the same client and driver adapter instead, which encodes the values
// (dates, booleans) exactly as createMany does, about ten times faster. Other databases use createMany.
import type { Database } from "../../server/db/connection";
import type { Transaction } from "../../server/db/transaction";
import type { Random } from "./random";

type Row = Record<string, unknown>;

const ROWS_PER_TRANSACTION = 20_000;
// SQLite's default limit on bound parameters per statement (since 3.32).
const SQLITE_MAX_PARAMETERS = 32_766;

export async function insertRows<T extends Row>(
  db: Database,
  table: "UserCard" | "ReviewLog",
  rows: T[],
  createMany: (tx: Transaction, chunk: T[]) => Promise<unknown>,
): Promise<void> {
  const sqlite = await db.$queryRawUnsafe("SELECT sqlite_version()").then(
    () => true,
    () => false,
  );
  const columns = Object.keys(rows[0] ?? {});
  const perStatement = Math.floor(SQLITE_MAX_PARAMETERS / Math.max(1, columns.length));
  for (let i = 0; i < rows.length; i += ROWS_PER_TRANSACTION) {
    const chunk = rows.slice(i, i + ROWS_PER_TRANSACTION);
    await db.$transaction(
      async (tx) => {
        if (!sqlite) return createMany(tx, chunk);
        for (let j = 0; j < chunk.length; j += perStatement) {
          const part = chunk.slice(j, j + perStatement);
          const values = part.map(() => `(${columns.map(() => "?").join(",")})`).join(",");
          await tx.$executeRawUnsafe(
            `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${values}`,
            ...part.flatMap((row) => columns.map((c) => row[c])),
          );
        }
      },
      { timeout: 120_000 },
    );
  }
}

/** A cuid-shaped id ("c", time, randomness) for rows written without Prisma's own id default. */
export function demoId(random: Random, at: Date): string {
  return `c${at.getTime().toString(36)}${Array.from({ length: 16 }, () => Math.floor(random() * 36).toString(36)).join("")}`;
}
