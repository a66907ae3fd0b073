import { describe, expect, it } from 'vitest'
import { hostilePackFiles } from '../../../tests/support/hostilePacks'
import { useTestContext } from '../../../tests/support/testContext'

describe('importing hostile pack files through the app (the parse worker)', () => {
  const t = useTestContext()

  it('refuses each hostile file with its reasons and writes nothing; the full override is imported', async () => {
    const library = await t.call('content.getLibrary', {})
    for (const [name, file] of Object.entries(hostilePackFiles(library))) {
      const dataBase64 = Buffer.from(file.text).toString('base64')
      if (dataBase64.length > 6 * 1024 * 1024) {
        // larger than any pack may be: the contract refuses it before it is decoded
        expect(await t.codeOf('packs.importApply', { dataBase64, choices: {} }), name).toBe('INVALID_INPUT')
        continue
      }
      const preview = await t.call('packs.importPreview', { dataBase64 })
      expect(preview.ok, name).toBe(file.accepted)
      const applied = await t.call('packs.importApply', { dataBase64, choices: {} })
      expect(applied.ok, name).toBe(file.accepted)
      if (!applied.ok) expect(applied.problems.length, name).toBeGreaterThan(0)
      if (!file.accepted) expect(await t.call('packs.list', {}), name).toEqual([])
    }
    const [pack] = await t.call('packs.list', {})
    expect(pack?.counts).toEqual({ scenarios: library.scenarios.length, topics: 7, scripts: 5, checklists: library.checklists.length, levels: 6,
      statements: library.assessments[0]!.statements.length,
      slides: library.deck.reduce((n, m) => n + m.slides.length, 0),
      quiz: library.quiz.length,
    })
  })
})
