import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTestContext } from '../../../../tests/support/testContext'
import { createBundleTablesRepo } from '../../db/repos/bundleTables'
import { CORE_BUNDLE_TABLES, resolveBundleTables } from './workshopBundle'
import { WORKSHOP_BUNDLE_TABLES } from './workshopBundleTables'

/** The keys of the `fields` block of a renderer message file (read as text: the renderer is its own TS project). */
function labelledFields(locale: 'ja' | 'en'): Set<string> {
  const text = readFileSync(join(__dirname, '../../../../renderer/i18n', locale, 'bundleFields.ts'), 'utf8')
  const block = /\n {2}fields: \{\n([\s\S]*?)\n {2}\},/.exec(text)?.[1] ?? ''
  return new Set([...block.matchAll(/^ {4}([a-z_]+):/gm)].map((m) => m[1] ?? ''))
}

/**
 * The conflict preview names every differing field by its label; a column a bundle carries
 * without one would show as "other field". A migration that adds a column adds its label too.
 */
describe('bundle conflict field labels', () => {
  const t = useTestContext()

  it('has a ja and an en label for every column of every table a bundle carries', () => {
    const tables = resolveBundleTables(createBundleTablesRepo(t.ctx.db), [...CORE_BUNDLE_TABLES, ...WORKSHOP_BUNDLE_TABLES])
    const columns = [...new Set(tables.flatMap((tb) => tb.columns))]
    expect(columns.length).toBeGreaterThan(50)
    for (const locale of ['ja', 'en'] as const) {
      const labelled = labelledFields(locale)
      expect(columns.filter((c) => !labelled.has(c)), locale).toEqual([])
    }
  })
})
