import "server-only";
import { db } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/transaction";

export type AuthState = { tokenVersion: number; disabled: boolean };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findCredentials(email: string) {
  return db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
}

export async function emailIsTaken(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email: normalizeEmail(email) } })) > 0;
}

/** Creates a password user; returns null when the email is already registered (a race the unique index settles). */
export async function createPasswordUser(
  input: { email: string; name: string | null; passwordHash: string; locale: string },
  now: Date,
) {
  try {
    return await db.user.create({
      data: {
        email: normalizeEmail(input.email),
        name: input.name,
        locale: input.locale,
        passwordHash: input.passwordHash,
        createdAt: now,
        updatedAt: now,
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Remembers the interface language the user chose, so that their reminder emails are written in it. */
export async function saveUserLocale(userId: string, locale: string, now: Date): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale, updatedAt: now } });
}

export async function findAuthState(userId: string): Promise<AuthState | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { tokenVersion: true, disabledAt: true } });
  return user && { tokenVersion: user.tokenVersion, disabled: user.disabledAt !== null };
}

/** Invalidates every session of the user at their next request. */
export async function revokeSessions(userId: string, now: Date): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 }, updatedAt: now } });
}
