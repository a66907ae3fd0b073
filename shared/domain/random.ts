/**
 * A small seeded pseudo-random generator (mulberry32) and helpers on top of it.
 * Plans must be reproducible from their seed (printed plans, a restart), so every
 * domain function that draws takes a `Random` instead of calling Math.random.
 */
export type Random = () => number

/** mulberry32: 32-bit state, period 2^32, good enough for shuffling rosters and dealing cards. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A second, independent stream from the same seed (e.g. rotation vs dealing). */
export function deriveSeed(seed: number, salt: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)) >>> 0
}

export function randomInt(random: Random, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive)
}

/** Fisher-Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1)
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

/** One item drawn with probability proportional to its weight (weights >= 0, at least one > 0). */
export function pickWeighted<T>(items: readonly T[], weightOf: (item: T) => number, random: Random): T {
  const total = items.reduce((sum, item) => sum + Math.max(0, weightOf(item)), 0)
  if (items.length === 0 || total <= 0) throw new RangeError('pickWeighted needs a positive total weight')
  let point = random() * total
  for (const item of items) {
    point -= Math.max(0, weightOf(item))
    if (point < 0) return item
  }
  return items[items.length - 1] as T
}

/** The smallest items by `score`, ties broken at random (the order of `items` does not leak into plans). */
export function pickLowest<T>(items: readonly T[], score: (item: T) => number, random: Random): T {
  if (items.length === 0) throw new RangeError('pickLowest needs at least one item')
  let best: T[] = []
  let bestScore = Infinity
  for (const item of items) {
    const s = score(item)
    if (s < bestScore) {
      bestScore = s
      best = [item]
    } else if (s === bestScore) best.push(item)
  }
  return best[randomInt(random, best.length)] as T
}

/** A fresh seed for a new plan: any 32-bit unsigned value (the caller supplies the entropy). */
export const MAX_SEED = 0xffffffff
