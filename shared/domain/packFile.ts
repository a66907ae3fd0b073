import type { z } from 'zod'
import {
  PACK_FILE_FORMAT,
  PACK_FILE_LIMITS,
  PACK_FILE_VERSION,
  PACK_KINDS,
  packDescriptionSchema,
  packIdSchema,
  packItemId,
  packItemSchemas,
  packNameSchema,
  type AnyPackItem,
  type PackFile,
  type PackKind,
} from '../content/packSchema'
import { emptyPackItems } from '../content/packSchema'

export const PACK_FILE_PROBLEMS = [
  'tooLarge',
  'tooDeep',
  'notJson',
  'forbiddenKey',
  'wrongFormat',
  'wrongVersion',
  'tooManyItems',
  'unknownField',
  'missingField',
  'invalidField',
  'duplicateId',
  'tooHeavy',
] as const
export type PackFileProblemCode = (typeof PACK_FILE_PROBLEMS)[number]

/** One reason a file is refused: which item (kind and position or id) and which field. */
export interface PackFileProblem {
  code: PackFileProblemCode
  /** e.g. "scenarios[3]" or "" for the whole file */
  item: string
  /** dotted path inside the item (or the file), e.g. "openingLine.ja" */
  field: string
}

export type PackFileResult = { ok: true; file: PackFile } | { ok: false; problems: PackFileProblem[] }

/** keys that would reach an object's prototype if any code ever copied the parsed file naively */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
/** enough reasons for the trainer to see the pattern; the rest are the same kind */
const MAX_PROBLEMS = 20

const refuse = (code: PackFileProblemCode, item = '', field = ''): PackFileResult => ({ ok: false, problems: [{ code, item, field }] })

/** The deepest nesting of arrays and objects, found without parsing (so 10,000 levels cost one pass). */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
      continue
    }
    if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > max) return true
    } else if (c === 125 || c === 93) depth--
  }
  return false
}

function forbiddenKeyPath(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = forbiddenKeyPath(value[i], `${path}[${i}]`)
      if (found !== null) return found
    }
    return null
  }
  if (value === null || typeof value !== 'object') return null
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key
    if (FORBIDDEN_KEYS.has(key)) return here
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], here)
    if (found !== null) return found
  }
  return null
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')
}
function issueProblem(issue: z.core.$ZodIssue, item: string): PackFileProblem {
  if (issue.code === 'unrecognized_keys') return { code: 'unknownField', item, field: issuePath([...issue.path, issue.keys[0] ?? '']) }
  const missing = issue.code === 'invalid_type' && issue.input === undefined
  return { code: missing ? 'missingField' : 'invalidField', item, field: issuePath(issue.path) }
}

/**
 * Reads a `.taiwa-content.json` file as untrusted input. Cheap checks first (size, nesting),
 * then the parse, forbidden keys, the envelope, the counts and every item against the schema
 * of its kind. Never throws; nothing is written by reading.
 */
export function readPackFile(bytes: Uint8Array): PackFileResult {
  if (bytes.byteLength > PACK_FILE_LIMITS.maxBytes) return refuse('tooLarge')
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '')
  if (jsonDepthExceeds(text, PACK_FILE_LIMITS.maxDepth)) return refuse('tooDeep')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refuse('notJson')
  }
  const forbidden = forbiddenKeyPath(data, '')
  if (forbidden !== null) return refuse('forbiddenKey', '', forbidden)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return refuse('wrongFormat')
  const file = data as Record<string, unknown>
  if (file.format !== PACK_FILE_FORMAT) return refuse('wrongFormat', '', 'format')
  if (file.version !== PACK_FILE_VERSION) return refuse('wrongVersion', '', 'version')
  const unknownTop = Object.keys(file).find((k) => !['format', 'version', 'pack', 'items'].includes(k))
  if (unknownTop) return refuse('unknownField', '', unknownTop)

  const problems: PackFileProblem[] = []
  const head = file.pack as Record<string, unknown> | undefined
  if (head === null || typeof head !== 'object' || Array.isArray(head)) return refuse(head === undefined ? 'missingField' : 'invalidField', '', 'pack')
  const unknownHead = Object.keys(head).find((k) => !['id', 'name', 'description'].includes(k))
  if (unknownHead) problems.push({ code: 'unknownField', item: '', field: `pack.${unknownHead}` })
  const id = packIdSchema.safeParse(head.id)
  const name = packNameSchema.safeParse(head.name)
  const description = packDescriptionSchema.safeParse(head.description ?? '')
  if (!id.success) problems.push({ code: head.id === undefined ? 'missingField' : 'invalidField', item: '', field: 'pack.id' })
  if (!name.success) problems.push({ code: head.name === undefined ? 'missingField' : 'invalidField', item: '', field: 'pack.name' })
  if (!description.success) problems.push({ code: 'invalidField', item: '', field: 'pack.description' })

  const items = file.items as Record<string, unknown> | undefined
  if (items === null || typeof items !== 'object' || Array.isArray(items)) return refuse(items === undefined ? 'missingField' : 'invalidField', '', 'items')
  const unknownKind = Object.keys(items).find((k) => !(PACK_KINDS as readonly string[]).includes(k))
  if (unknownKind) return refuse('unknownField', '', `items.${unknownKind}`)
  let count = 0
  for (const kind of PACK_KINDS) {
    const list = items[kind] ?? []
    if (!Array.isArray(list)) return refuse('invalidField', '', `items.${kind}`)
    count += list.length
  }
  if (count > PACK_FILE_LIMITS.maxItems) return refuse('tooManyItems', '', 'items')

  const parsed = emptyPackItems()
  for (const kind of PACK_KINDS) {
    const seen = new Set<string>()
    ;(items[kind] as unknown[] | undefined ?? []).forEach((raw, index) => {
      if (problems.length >= MAX_PROBLEMS) return
      const item = `${kind}[${index}]`
      const result = packItemSchemas[kind].safeParse(raw)
      if (!result.success) {
        problems.push(issueProblem(result.error.issues[0] as z.core.$ZodIssue, item))
        return
      }
      const itemId = packItemId(kind, result.data as AnyPackItem)
      if (seen.has(itemId)) problems.push({ code: 'duplicateId', item, field: kind === 'levels' ? 'level' : 'id' })
      seen.add(itemId)
      ;(parsed[kind] as AnyPackItem[]).push(result.data as AnyPackItem)
    })
  }
  if (problems.length > 0 || !id.success || !name.success || !description.success) return { ok: false, problems }
  return {
    ok: true,
    file: { format: PACK_FILE_FORMAT, version: PACK_FILE_VERSION, pack: { id: id.data, name: name.data, description: description.data }, items: parsed },
  }
}

export type { PackKind }
