import { cpSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../tests/support/tempDir'
import { useTestContext } from '../../../tests/support/testContext'
import { workshopFields } from '../../../tests/support/workshopFields'
import { contentDir } from '../paths'

describe('kiosk.start while the questionnaire content is broken', () => {
  const t = useTestContext({ lazy: true })
  let removeContent = (): void => {}

  beforeEach(() => {
    const tmp = makeTempDir()
    removeContent = tmp.cleanup
    cpSync(contentDir(), tmp.dir, { recursive: true })
    writeFileSync(join(tmp.dir, 'assessment.json'), '{ "schema": "taiwa.content.assessment", ')
    t.open({ contentDir: tmp.dir })
  })
  afterEach(() => removeContent())

  it('is refused with CONTENT_BROKEN, and no kiosk is left running', async () => {
    const { id } = await t.call('workshops.create', { fields: workshopFields('セルフチェック研修') })
    expect(await t.codeOf('kiosk.start', { workshopId: id, timing: 'before', pin: '246813' })).toBe('CONTENT_BROKEN')
    expect(await t.call('kiosk.status', {})).toEqual({ active: false })
    expect(t.ctx.kioskActive()).toBe(false)
  })
})
