// Sends email through the SMTP server the admin configured. Without one there is no mailer, and
// nothing here opens a connection.
import nodemailer from "nodemailer";
import { smtpConfig, type SmtpConfig } from "@/lib/reminders/smtp-config";

export type Email = { to: string; subject: string; text: string };
export type Mailer = { send: (email: Email) => Promise<void> };

export function createMailer(config: SmtpConfig | null): Mailer | null {
  if (!config) return null;
  const transport = nodemailer.createTransport(config.transport);
  return {
    send: async (email) => {
      await transport.sendMail({ from: config.from, ...email });
    },
  };
}

let configured: Mailer | null | undefined;

/** The mailer of this server's environment (SMTP_URL or SMTP_HOST…), made once. */
export function configuredMailer(): Mailer | null {
  if (configured === undefined) configured = createMailer(smtpConfig(process.env));
  return configured;
}
