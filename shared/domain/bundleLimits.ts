/**
 * What a bundle may be. One workshop of the largest roster (2,000 people) with every
 * self-check and feedback row comes to about 15 MB and 60,000 rows; the limits leave
 * room above that and keep a mistaken or hostile file from filling memory or holding
 * the app while it is read (a 256 MB file took 8 s and 1.1 GB).
 */
export const BUNDLE_MAX_BYTES = 32 * 1024 * 1024
export const BUNDLE_MAX_ROWS = 200_000

/** The rows a parsed bundle's `tables` holds, counted before any row is checked; null when it is not a table map. */
export function countBundleRows(tables: unknown): number | null {
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return null
  let rows = 0
  for (const value of Object.values(tables)) if (Array.isArray(value)) rows += value.length
  return rows
}
