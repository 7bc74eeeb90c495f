"use client";

import { useEffect } from "react";

/**
 * Marks the page as interactive (`<html data-hydrated>`) once React has hydrated it. Until then
 * buttons with client-side handlers do nothing; the end-to-end tests wait for this mark, as a
 * user waits for a page to respond.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
