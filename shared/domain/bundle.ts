/**
 * The bundle: a versioned JSON file carrying a workshop's rows from one
 * installation to another (kiosk laptop -> trainer's laptop), and the pure
 * rules for merging it by id: new rows are added, identical rows skipped,
 * differing rows reported as conflicts for the trainer to decide.
 */
import { z } from 'zod'
import { BUNDLE_MAX_ROWS, countBundleRows } from './bundleLimits'
import { keyColumns, rowId, type BundleRow, type BundleTableSpec } from './bundlePlan'

export const BUNDLE_FORMAT = 'taiwa.bundle'
export const BUNDLE_VERSION = 1

const tableName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/)
const cell = z.union([z.string(), z.number(), z.null()])

const bundleRow = z.record(z.string(), cell)
const bundleFields = {
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.iso.datetime(),
  sourceInstallationId: z.string().min(1).max(100),
}
export const bundleSchema = z.object({ ...bundleFields, tables: z.record(tableName, z.array(bundleRow)) }).strict()
export type Bundle = z.infer<typeof bundleSchema>
/** the bundle around its rows: checked first, then the rows a slice at a time */
const bundleHeadSchema = z.object({ ...bundleFields, tables: z.record(tableName, z.array(z.unknown())) }).strict()
/**
 * Why a parsed JSON value is not a row (an object of strings, numbers and nulls), or null.
 * What bundleRow's schema says, checked by hand: zod copied every row of a 100,000-row bundle
 * and took most of its reading time.
 */
function cellsProblem(row: unknown): string | null {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return ': a row must be an object'
  for (const [key, value] of Object.entries(row)) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') return `.${key}: a cell must be text, a number or null`
  }
  return null
}

/** rows checked per step of parseBundleInSteps */
const ROWS_PER_STEP = 2000

export type BundleProblemCode =
  | 'notJson'
  | 'foreignFile'
  | 'newerVersion'
  | 'tooLarge'
  /** within the limits, but reading it needed more memory or time than a bundle may (the worker was stopped) */
  | 'tooHeavy'
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
  const steps = parseBundleInSteps(text, specs, Number.MAX_SAFE_INTEGER)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

const invalid = (issue: z.core.$ZodIssue | undefined, prefix: readonly PropertyKey[] = []): ParsedBundle => ({
  ok: false,
  problem: { code: 'invalid', detail: `${[...prefix, ...(issue?.path ?? [])].map(String).join('.')}: ${issue?.message ?? ''}` },
})

/**
 * parseBundle a slice of rows per step, so a caller can let other work run between
 * steps (checking 50,000 rows in one go held the process for seconds).
 */
export function* parseBundleInSteps(text: string, specs: readonly BundleTableSpec[], rowsPerStep = ROWS_PER_STEP): Generator<void, ParsedBundle> {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, problem: { code: 'notJson', detail: 'the file is not JSON' } }
  }
  yield
  const head = json as { format?: unknown; version?: unknown } | null
  if (typeof head !== 'object' || head === null || head.format !== BUNDLE_FORMAT) {
    return { ok: false, problem: { code: 'foreignFile', detail: 'not a Taiwa bundle' } }
  }
  if (typeof head.version === 'number' && head.version > BUNDLE_VERSION) {
    return { ok: false, problem: { code: 'newerVersion', detail: `bundle version ${head.version}` } }
  }
  // counted before any row is checked: checking is the slow part
  const rowCount = countBundleRows((json as { tables?: unknown }).tables)
  if (rowCount !== null && rowCount > BUNDLE_MAX_ROWS) return { ok: false, problem: { code: 'tooLarge', detail: `${rowCount} rows` } }
  const parsedHead = bundleHeadSchema.safeParse(json)
  if (!parsedHead.success) return invalid(parsedHead.error.issues[0])
  const tables: Bundle['tables'] = {}
  for (const [name, rows] of Object.entries(parsedHead.data.tables)) {
    for (const [index, row] of rows.entries()) {
      const problem = cellsProblem(row)
      if (problem) return { ok: false, problem: { code: 'invalid', detail: `tables.${name}.${index}${problem}` } }
      if (index % rowsPerStep === rowsPerStep - 1) yield
    }
    // every row checked above is a BundleRow: kept as parsed, not copied
    tables[name] = rows as BundleRow[]
    yield
  }
  const bundle: Bundle = { ...parsedHead.data, tables }

  const byName = new Map(specs.map((s) => [s.name, s]))
  for (const [name, rows] of Object.entries(bundle.tables)) {
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
      if (index % rowsPerStep === rowsPerStep - 1) yield
    }
  }
  return { ok: true, bundle }
}

export * from './bundlePlan'
