import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { z } from 'zod'
import {
  CONTENT_FORMAT_VERSION,
  contentFiles,
  type ContentKind,
  type ContentLibrary,
  type ContentProblemKind,
} from '@shared/content/schemas'
import { checkLibraryReferences } from '@shared/domain/contentLibrary'
import { readContentFile } from './contentFile'

/** Which files hold which kind: a file, or a folder ("name/") of files with one item each. */
function listContentFiles(contentDir: string): { kind: ContentKind; path: string }[] {
  const files: { kind: ContentKind; path: string }[] = []
  for (const kind of Object.keys(contentFiles) as ContentKind[]) {
    const spec = contentFiles[kind]
    if (!spec.path.endsWith('/')) {
      files.push({ kind, path: join(contentDir, spec.path) })
      continue
    }
    const folder = join(contentDir, spec.path)
    let names: string[] = []
    try {
      names = readdirSync(folder).filter((n) => n.endsWith('.json')).sort()
    } catch {
      // reported below as an unreadable folder
    }
    if (names.length === 0) files.push({ kind, path: folder })
    for (const name of names) files.push({ kind, path: join(folder, name) })
  }
  return files
}

function fieldPath(listKey: string, index: number, path: readonly PropertyKey[]): string {
  let out = `${listKey}[${index}]`
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `.${String(part)}`
  return out
}

function problemKindOf(issue: z.core.$ZodIssue): ContentProblemKind {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'missingField' : 'invalidField'
}

/**
 * Loads every content file and validates it. Never throws: what is valid is
 * returned, and each problem names its file and field so the trainer (or the
 * writer of the content) can fix it.
 */
export function loadContentLibrary(contentDir: string): ContentLibrary {
  const library: ContentLibrary = { topics: [], responses: [], scripts: [], levels: [], scenarios: [], checklists: [], assessments: [], deck: [], quiz: [], pulses: [], problems: [] }
  const problem = (path: string, field: string, kind: ContentProblemKind): void => {
    library.problems.push({ file: relative(contentDir, path).split(sep).join('/'), field, kind })
  }

  for (const { kind, path } of listContentFiles(contentDir)) {
    const spec = contentFiles[kind]
    const read = readContentFile(path)
    if (!read.ok) {
      problem(path, '', read.reason)
      continue
    }
    const text = read.text
    let data: unknown
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''))
    } catch {
      problem(path, '', 'invalidJson')
      continue
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      problem(path, '', 'wrongSchema')
      continue
    }
    const file = data as Record<string, unknown>
    if (file.schema !== spec.schema) {
      problem(path, 'schema', file.schema === undefined ? 'missingField' : 'wrongSchema')
      continue
    }
    if (file.version !== CONTENT_FORMAT_VERSION) {
      problem(path, 'version', file.version === undefined ? 'missingField' : 'unsupportedVersion')
      continue
    }
    const items = file[spec.listKey]
    if (!Array.isArray(items)) {
      problem(path, spec.listKey, items === undefined ? 'missingField' : 'invalidField')
      continue
    }
    items.forEach((raw: unknown, index) => {
      const parsed = spec.item.safeParse(raw)
      if (!parsed.success) {
        const first = parsed.error.issues[0]
        problem(path, fieldPath(spec.listKey, index, first?.path ?? []), first ? problemKindOf(first) : 'invalidField')
        return
      }
      ;(library[kind] as unknown[]).push(parsed.data)
    })
  }
  return checkLibraryReferences(library)
}
