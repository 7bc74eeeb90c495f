import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DATA_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? "data");

/**
 * AUTH_SECRET from the environment, or one generated on first start and kept in the data folder,
 * so the embedded setup needs no manual step. Several app servers must share one AUTH_SECRET.
 */
export function resolveAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  mkdirSync(DATA_DIR, { recursive: true });
  // Written whole under a temporary name, then linked into place: a concurrent start or a full
  // disk can never leave a half-written secret behind; the first start to link it wins.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temp, randomBytes(32).toString("base64url"), { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temp);
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret: delete it, or set AUTH_SECRET`);
  return secret;
}
