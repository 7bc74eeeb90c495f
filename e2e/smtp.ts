// The mail server of the e2e runs: the app server is configured with it (scripts/e2e-server.mjs),
// and a spec that checks emails starts it (the port is the app's plus 20000 unless E2E_SMTP_PORT says).
import { startSmtpServer as startOn } from "@/server/test/smtp-server";

export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 20_000);

/** A real SMTP server on the e2e mail port. */
export function startSmtpServer() {
  return startOn(smtpPort);
}
