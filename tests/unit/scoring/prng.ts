/** mulberry32: a small seeded PRNG so that random tests are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rand: () => number, lo: number, hi: number): number =>
  lo + Math.floor(rand() * (hi - lo + 1));

export const pick = <T>(rand: () => number, xs: readonly T[]): T =>
  xs[Math.floor(rand() * xs.length)];

/** A random decimal string with up to `digits` integer digits and `places` decimals. */
export function decimal(
  rand: () => number,
  digits: number,
  places: number,
  signed = false,
): string {
  let s = String(int(rand, 0, 10 ** int(rand, 1, digits) - 1));
  const p = int(rand, 0, places);
  if (p > 0) s += `.${String(int(rand, 0, 10 ** p - 1)).padStart(p, '0')}`;
  return signed && rand() < 0.3 ? `-${s}` : s;
}
