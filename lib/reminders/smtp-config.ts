// The mail server the admin configured through the environment, or null: then nothing is sent and
// nothing touches the network.

export type SmtpConfig = {
  /** What nodemailer's createTransport takes: an smtp:// or smtps:// URL, or host and port. */
  transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  from: string;
};

type Env = Record<string, string | undefined>;

export function smtpConfig(env: Env): SmtpConfig | null {
  const from = env.SMTP_FROM?.trim() || "FAQ Study <no-reply@localhost>";
  const url = env.SMTP_URL?.trim();
  if (url) return { transport: url, from };
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const port = Number(env.SMTP_PORT ?? 587);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`SMTP_PORT is not a port: ${env.SMTP_PORT}`);
  const user = env.SMTP_USER?.trim();
  return {
    transport: {
      host,
      port,
      // Port 465 speaks TLS from the start; the others upgrade with STARTTLS when the server offers it.
      secure: port === 465,
      ...(user ? { auth: { user, pass: env.SMTP_PASSWORD ?? "" } } : {}),
    },
    from,
  };
}

/** Days before a due date when members get their reminder (REMINDER_DAYS_BEFORE, default 2). */
export function reminderDaysBefore(env: Env): number {
  const days = Number(env.REMINDER_DAYS_BEFORE ?? 2);
  return Number.isInteger(days) && days >= 0 && days <= 30 ? days : 2;
}
