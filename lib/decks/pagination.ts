/** Entries shown per deck page: a long deck is read a page at a time, never sent whole. */
export const ENTRIES_PER_PAGE = 50;

export type PageWindow = { page: number; pages: number; skip: number; take: number };

/** The page to show of `total` items: a missing, bad or too-high page number shows the nearest real one. */
export function pageWindow(total: number, requested: string | undefined, perPage = ENTRIES_PER_PAGE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const asked = Number.parseInt(requested ?? "1", 10);
  const page = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), pages) : 1;
  return { page, pages, skip: (page - 1) * perPage, take: perPage };
}

/** The page an item at `index` (0-based, in deck order) is on. */
export const pageOfIndex = (index: number, perPage = ENTRIES_PER_PAGE) => Math.floor(index / perPage) + 1;
