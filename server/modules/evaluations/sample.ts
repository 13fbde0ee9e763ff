import { Dec } from '../../../shared/decimal';

/** 32-bit FNV-1a of the seed text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small, well-distributed PRNG; the same seed gives the same sequence everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws ⌈population × percent / 100⌉ ids (at least one of a non-empty population) by a
 * Fisher–Yates shuffle seeded with `seed`; the population is sorted first, so the draw depends
 * only on the set of ids, the percentage and the seed.
 */
export function sampleIds(population: number[], percent: string, seed: string): number[] {
  const ids = [...new Set(population)].sort((a, b) => a - b);
  if (ids.length === 0) return [];
  const n = Math.max(
    1,
    Math.min(ids.length, new Dec(ids.length).mul(percent).div(100).ceil().toNumber()),
  );
  const next = prng(hash(seed));
  for (let i = ids.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids.slice(0, n).sort((a, b) => a - b);
}
