// What the services share about writing: the client inside a transaction, and the error a unique
// key raises when two requests insert the same row at once (the other one won; read its row).
import type { Database } from "./connection";

export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

export function isUniqueViolation(error: unknown): boolean {
  const { code, meta } = error as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  // A raw statement's violation arrives as P2010, with the driver's kind of error inside.
  return (
    code === "P2002" || (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation")
  );
}

/** An update or delete whose `where` matched no row (it changed or went away since it was read). */
export function isRecordNotFound(error: unknown): boolean {
  return (error as { code?: string }).code === "P2025";
}

/** Creates a row; when a request running at the same time created it first (same unique key), finds that one. */
export async function createOrFind<Row>(create: () => Promise<Row>, find: () => Promise<Row>): Promise<Row> {
  try {
    return await create();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return find();
  }
}
