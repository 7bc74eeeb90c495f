"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { ActionButton } from "./ui/action-button";
import { Button } from "./ui/button";
import { TextField } from "./ui/text-field";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
type Props = {
  /** The member's feed: its token and full URL, or null before they made one. */
  feed: { token: string; url: string } | null;
  create: Action;
  reset: Action;
};

/** The member's private calendar link: make it, copy it, reset it when it leaked. */
export function CalendarFeed({ feed, create, reset }: Props) {
  const t = useTranslations("followUp.calendar");
  const [copied, setCopied] = useState<string | null>(null);
  if (!feed)
    return (
      <ActionButton action={create} fields={{}} label={t("create")} messages="followUp.errors" variant="primary" />
    );
  const copy = async () => {
    await navigator.clipboard.writeText(feed.url);
    setCopied(feed.url);
  };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          label={t("link")}
          value={feed.url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1"
          data-testid="calendar-feed-url"
        />
        <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
          {copied === feed.url ? t("copied") : t("copy")}
        </Button>
      </div>
      <ActionButton
        action={reset}
        fields={{ token: feed.token }}
        label={t("reset")}
        messages="followUp.errors"
        confirm={{ question: t("resetQuestion"), yes: t("resetYes"), no: t("resetNo") }}
      />
    </div>
  );
}
