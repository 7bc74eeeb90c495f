"use client";

import { useEffect, useState } from "react";
import { Button } from "./button";

type Props = { text: string; label: string; copied: string; failed: string };

/** Copies `text` to the clipboard and says so in a live region, so that screen readers announce it too. */
export function CopyButton({ text, label, copied, failed }: Props) {
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);
  useEffect(() => {
    if (outcome !== "copied") return;
    const timer = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      // No clipboard (an insecure origin, or permission refused): the person copies the shown text.
      setOutcome("failed");
    }
  };
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={copy}>
        {label}
      </Button>
      <span role="status" className={outcome === "failed" ? "text-red-800 dark:text-red-300" : ""}>
        {outcome === "copied" ? `✓ ${copied}` : outcome === "failed" ? failed : ""}
      </span>
    </span>
  );
}
