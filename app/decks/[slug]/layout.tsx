import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { findDeck } from "@/server/queries/decks";

// Outside the page's loading boundary: an unknown deck is still answered with a 404 status.
export default async function DeckLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  if (!(await findDeck((await params).slug))) notFound();
  return children;
}
