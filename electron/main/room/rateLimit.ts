/**
 * Token buckets by key (a device, a remote address): `burst` requests at once, then `perSecond`.
 * Bounded: past `maxKeys` the oldest key is forgotten, so a flood of made-up keys cannot grow it.
 */
export function createRateLimiter(options: { burst: number; perSecond: number; maxKeys?: number; now?: () => number }) {
  const now = options.now ?? (() => Date.now())
  const maxKeys = options.maxKeys ?? 5000
  const buckets = new Map<string, { tokens: number; at: number }>()
  return {
    /** true when this request may go ahead (and it is counted) */
    take(key: string): boolean {
      const t = now()
      const b = buckets.get(key) ?? { tokens: options.burst, at: t }
      b.tokens = Math.min(options.burst, b.tokens + ((t - b.at) / 1000) * options.perSecond)
      b.at = t
      buckets.delete(key)
      buckets.set(key, b)
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string)
      if (b.tokens < 1) return false
      b.tokens -= 1
      return true
    },
  }
}
export type RateLimiter = ReturnType<typeof createRateLimiter>
