// SQLite and PostgreSQL both refuse a query with more than about 32 000 bound parameters, and Prisma
// binds each value of an `in` list: lists that grow with a deck's size are queried in chunks.
export const IDS_PER_QUERY = 1000;

/** `find` once per chunk of ids, results concatenated in chunk order. */
export async function findInChunks<T>(ids: readonly string[], find: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) found.push(...(await find(ids.slice(i, i + IDS_PER_QUERY))));
  return found;
}
