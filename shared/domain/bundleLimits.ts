/**
 * What a bundle may be. One workshop of the largest roster (2,000 people) with a
 * self-check at each of three timings and a feedback row per person and round comes to
 * about 10 MB and 20,000 rows; the limits leave room above that and keep a mistaken or
 * hostile file from filling memory or holding the app while it is read (a 256 MB file
 * took 8 s and 1.1 GB). Reading is still done in one go: a 16 MB bundle holds the
 * process for about a second (see docs/data-exports.md).
 */
export const BUNDLE_MAX_BYTES = 16 * 1024 * 1024
export const BUNDLE_MAX_ROWS = 100_000

/** The rows a parsed bundle's `tables` holds, counted before any row is checked; null when it is not a table map. */
export function countBundleRows(tables: unknown): number | null {
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return null
  let rows = 0
  for (const value of Object.values(tables)) if (Array.isArray(value)) rows += value.length
  return rows
}
