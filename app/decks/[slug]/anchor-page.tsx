"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Links to an entry (from a quiz, a report) point at `/decks/<slug>#entry-…`, but a long deck shows
 * 50 entries a page: when the anchor is not on this page, go to the page that has it.
 */
export function AnchorPage({ slug }: { slug: string }) {
  const router = useRouter();
  useEffect(() => {
    const anchor = decodeURIComponent(window.location.hash.slice(1));
    if (!anchor.startsWith("entry-") || document.getElementById(anchor)) return;
    const controller = new AbortController();
    fetch(`/decks/${encodeURIComponent(slug)}/entries?anchor=${encodeURIComponent(anchor)}`, {
      signal: controller.signal,
    })
      .then((response) => response.json() as Promise<{ ok: true; page: number } | { ok: false }>)
      .then((found) => {
        if (found.ok) router.replace(`/decks/${slug}?page=${found.page}#${anchor}`);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [slug, router]);
  return null;
}
