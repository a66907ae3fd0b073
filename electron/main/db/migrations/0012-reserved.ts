import type { Migration } from './types'

/**
 * PLACEHOLDER on the packs branch only: number 12 belongs to another branch's migration.
 * The merger replaces this file (and its line in index.ts) with that migration.
 */
export const migration0012Reserved: Migration = {
  version: 12,
  name: 'reserved',
  up() {},
}
