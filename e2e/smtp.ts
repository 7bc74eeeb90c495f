// The mail server of the e2e runs: the app server is configured with it (scripts/e2e-server.mjs),
// and a spec that checks emails starts it (the port is the app's plus 20000 unless E2E_SMTP_PORT says).
import { once } from "node:events";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 20_000);

export type ReceivedMail = { to: string; subject: string; text: string };

/** A real SMTP server on the e2e mail port, collecting every message it accepts. */
export async function startSmtpServer(): Promise<{ received: ReceivedMail[]; close: () => Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          for (const to of session.envelope.rcptTo)
            received.push({ to: to.address, subject: mail.subject ?? "", text: mail.text ?? "" });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.listen(smtpPort, "127.0.0.1");
  await once(server.server, "listening");
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
