import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import type { Database } from "@/server/db/connection";

/**
 * Auth.js's Prisma adapter, plus the timestamps of the rows Auth.js writes itself (users and
 * accounts from an OAuth sign-in). The schema has no default clock, and these writes have no
 * service to take `now` from, so the time is read here, at the request. (Auth.js's types know
 * nothing of these columns, hence the rows built apart; Prisma takes an ISO string for a DateTime.)
 */
export function timestampedPrismaAdapter(db: Database): Adapter {
  const base = PrismaAdapter(db as never);
  return {
    ...base,
    createUser: (user) => {
      const now = new Date();
      const row = { ...user, createdAt: now, updatedAt: now };
      return base.createUser!(row);
    },
    updateUser: (user) => {
      const row = { ...user, updatedAt: new Date() };
      return base.updateUser!(row);
    },
    linkAccount: (account) => {
      const now = new Date().toISOString();
      const row = { ...account, createdAt: now, updatedAt: now };
      return base.linkAccount!(row);
    },
  };
}
