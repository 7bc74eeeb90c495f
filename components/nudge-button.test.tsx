import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/i18n/messages/en.json";
import { NudgeButton } from "./nudge-button";

const action = async () => ({ ok: true as const, reminded: 0, skipped: [], failed: 0 });

function render(props: { notDone: number; emailConfigured: boolean }) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      <NudgeButton action={action} assignmentId="a1" {...props} />
    </NextIntlClientProvider>,
  );
}

describe("NudgeButton", () => {
  it("names how many members it reminds", () => {
    const html = render({ notDone: 2, emailConfigured: true });
    expect(html).toContain("Remind the 2 members not done");
    expect(html).toContain('name="assignmentId" value="a1"');
  });

  it("offers no button without email, or when everyone is done", () => {
    const noEmail = render({ notDone: 2, emailConfigured: false });
    expect(noEmail).toContain("Email is not configured on this server");
    expect(noEmail).not.toContain("<button");
    expect(render({ notDone: 0, emailConfigured: true })).toContain("Everyone is done");
  });
});
