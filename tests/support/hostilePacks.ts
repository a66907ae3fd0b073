import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACK_FILE_FORMAT, PACK_FILE_VERSION, emptyPackItems } from '@shared/content/packSchema'
import type { ContentLibrary } from '@shared/content/schemas'
import { builtInItemsOf } from '@shared/domain/studyPacks'

const PACK_ID = '7d4f6c0e-2a3b-4c5d-8e9f-0a1b2c3d4e5f'

/** A well-formed pack file around the given items (and any field of the envelope replaced). */
export function packFileText(items: Record<string, unknown> = {}, envelope: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: PACK_FILE_FORMAT,
    version: PACK_FILE_VERSION,
    pack: { id: PACK_ID, name: 'hostile', description: '' },
    items: { ...emptyPackItems(), ...items },
    ...envelope,
  })
}

/** The hostile files of issue 13, each as the bytes a trainer might be handed. */
export function hostilePackFiles(builtIn: ContentLibrary): Record<string, { text: string; accepted: boolean }> {
  const scenario = builtIn.scenarios[0]
  return {
    // written as text: no JSON library would build (or print) it without running out of stack
    '10,000-level nesting': { text: packFileText().replace('"scenarios":[]', `"scenarios":[${'['.repeat(10_000)}${']'.repeat(10_000)}]`), accepted: false },
    'a 10 MB string': { text: packFileText({ scenarios: [{ ...scenario, openingLine: { ja: 'あ', en: 'x'.repeat(10 * 1024 * 1024) } }] }), accepted: false },
    '__proto__ keys': {
      text: packFileText().replace('"items":{', `"items":{"__proto__":{"polluted":true},`),
      accepted: false,
    },
    '100,000 items': { text: packFileText({ scenarios: Array.from({ length: 100_000 }, () => ({})) }), accepted: false },
    'a wrong format version': { text: packFileText({}, { version: 2 }), accepted: false },
    'an unknown field': { text: packFileText({ scenarios: [{ ...scenario, id: 'own-1', secret: 'x' }] }), accepted: false },
    'an override of every built-in item': {
      text: packFileText({
        scenarios: builtIn.scenarios,
        topics: builtIn.topics,
        scripts: builtIn.scripts,
        checklists: builtIn.checklists,
        levels: builtIn.levels,
        statements: builtInItemsOf(builtIn, 'statements'),
        slides: builtInItemsOf(builtIn, 'slides'),
        quiz: builtIn.quiz,
      }),
      accepted: true,
    },
  }
}

export const builtInContentJson = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '../../resources/content', name), 'utf8'))
