// Small helpers over a seeded random source, so a demo run is reproducible.
export type Random = () => number;

export function between(random: Random, min: number, max: number): number {
  return min + random() * (max - min);
}

export function chance(random: Random, p: number): boolean {
  return random() < p;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Standard normal (Box–Muller). */
export function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A positive value around `median`, skewed like human response times. */
export function logNormal(random: Random, median: number, spread: number): number {
  return median * Math.exp(spread * gaussian(random));
}

/** A UUID v4 shaped id drawn from the seeded source (what the browser's crypto.randomUUID() makes). */
export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(random() * 4)]!;
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
