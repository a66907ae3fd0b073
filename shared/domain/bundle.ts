/**
 * The bundle: a versioned JSON file carrying a workshop's rows from one
 * installation to another (kiosk laptop -> trainer's laptop), and the pure
 * rules for merging it by id: new rows are added, identical rows skipped,
 * differing rows reported as conflicts for the trainer to decide.
 */
import { z } from 'zod'
import { keyColumns, rowId, type BundleRow, type BundleTableSpec } from './bundlePlan'

export const BUNDLE_FORMAT = 'taiwa.bundle'
export const BUNDLE_VERSION = 1

const tableName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/)
const cell = z.union([z.string(), z.number(), z.null()])

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    exportedAt: z.iso.datetime(),
    sourceInstallationId: z.string().min(1).max(100),
    tables: z.record(tableName, z.array(z.record(z.string(), cell))),
  })
  .strict()
export type Bundle = z.infer<typeof bundleSchema>

export type BundleProblemCode =
  | 'notJson'
  | 'foreignFile'
  | 'newerVersion'
  | 'invalid'
  | 'unknownTable'
  | 'badRow'
  | 'duplicateId'
  /** a row breaks a rule the operations keep (length, choice, JSON shape) */
  | 'badValue'
  /** a row belongs to another workshop than the bundle's */
  | 'foreignRow'
  /** the file is sealed and no passphrase was given yet */
  | 'passphraseNeeded'
  /** the passphrase does not open the file, or the file was changed */
  | 'wrongPassphrase'
export interface BundleProblem {
  code: BundleProblemCode
  /** for logs and the details line; the UI shows the code's own message */
  detail: string
}

export type ParsedBundle = { ok: true; bundle: Bundle } | { ok: false; problem: BundleProblem }

function sameKeys(row: BundleRow, columns: readonly string[]): boolean {
  const keys = Object.keys(row)
  return keys.length === columns.length && columns.every((c) => Object.hasOwn(row, c))
}

/** Reads a bundle file's text; a broken, foreign or newer file comes back as a problem, never half-read. */
export function parseBundle(text: string, specs: readonly BundleTableSpec[]): ParsedBundle {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, problem: { code: 'notJson', detail: 'the file is not JSON' } }
  }
  const head = json as { format?: unknown; version?: unknown } | null
  if (typeof head !== 'object' || head === null || head.format !== BUNDLE_FORMAT) {
    return { ok: false, problem: { code: 'foreignFile', detail: 'not a Taiwa bundle' } }
  }
  if (typeof head.version === 'number' && head.version > BUNDLE_VERSION) {
    return { ok: false, problem: { code: 'newerVersion', detail: `bundle version ${head.version}` } }
  }
  const parsed = bundleSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, problem: { code: 'invalid', detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` } }
  }
  const byName = new Map(specs.map((s) => [s.name, s]))
  for (const [name, rows] of Object.entries(parsed.data.tables)) {
    const spec = byName.get(name)
    if (!spec) return { ok: false, problem: { code: 'unknownTable', detail: name } }
    const seen = new Set<string>()
    for (const [index, row] of rows.entries()) {
      const keyValues = keyColumns(spec).map((c) => row[c])
      const keyOk =
        typeof spec.primaryKey === 'string'
          ? typeof keyValues[0] === 'string' && keyValues[0].length > 0
          : keyValues.every((v) => (typeof v === 'string' && v.length > 0) || typeof v === 'number')
      if (!sameKeys(row, spec.columns) || !keyOk) {
        return { ok: false, problem: { code: 'badRow', detail: `${name}[${index}]` } }
      }
      const id = rowId(row, spec)
      if (seen.has(id)) return { ok: false, problem: { code: 'duplicateId', detail: `${name} ${id}` } }
      seen.add(id)
    }
  }
  return { ok: true, bundle: parsed.data }
}

export * from './bundlePlan'
