import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. Argon2id is the library default.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };
// Verified against when the email is unknown, so both cases take the same time.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$za02r/AQYQRxa9YCo1zggw$3CRSR85RnJ8KdzrcdZxZx38lJeEmaOBovdXwQgFchWA";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return ok && Boolean(passwordHash);
  } catch {
    return false;
  }
}
