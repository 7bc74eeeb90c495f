/**
 * Session cookies already decrypted, with what they decrypt to, until the token's expiry. A study
 * session sends the same cookie at every grade, and decrypting it (a key derivation and AES) was a
 * twentieth of a grade's work. What a cookie decrypts to never changes; whether the session still
 * holds (signed out, disabled) is checked in the database at every request all the same.
 */
export class DecodedTokens<Token extends { exp?: unknown }> {
  readonly #kept = new Map<string, Token>();

  constructor(private readonly limit = 10_000) {}

  async get(cookie: string, salt: string, nowMs: number, decode: () => Promise<Token | null>): Promise<Token | null> {
    const key = `${salt}:${cookie}`;
    let token = this.#kept.get(key);
    if (!token) {
      const decoded = await decode();
      if (!decoded) return null;
      token = decoded;
      // The oldest cookie goes first when full: a Map keeps its keys in insertion order.
      if (this.#kept.size >= this.limit) this.#kept.delete(this.#kept.keys().next().value!);
      this.#kept.set(key, token);
    }
    if (typeof token.exp !== "number" || token.exp * 1000 <= nowMs) {
      this.#kept.delete(key);
      return null;
    }
    return token;
  }
}
