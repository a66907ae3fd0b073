import { cpSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'
import { dispatchCalls } from '../../../tests/support/dispatchCalls'
import { makeTempDir } from '../../../tests/support/tempDir'
import { createAppContext, type AppContext } from '../appContext'
import { contentDir } from '../paths'

const workshopFields = {
  title: 'セルフチェック研修',
  scheduledAt: null,
  place: '',
  trainer: '',
  contentLocale: 'ja' as const,
  notes: '',
  phaseSeconds: { ...DEFAULT_PHASE_SECONDS },
}

describe('kiosk.start while the questionnaire content is broken', () => {
  let ctx: AppContext
  let cleanup = (): void => {}
  const { call, codeOf } = dispatchCalls(() => ctx)

  beforeEach(() => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const content = join(tmp.dir, 'content')
    cpSync(contentDir(), content, { recursive: true })
    writeFileSync(join(content, 'assessment.json'), '{ "schema": "taiwa.content.assessment", ')
    ctx = createAppContext({ dataDir: join(tmp.dir, 'data'), contentDir: content, version: 'test' })
  })
  afterEach(() => {
    ctx.close()
    cleanup()
  })

  it('is refused with CONTENT_BROKEN, and no kiosk is left running', async () => {
    const { id } = await call('workshops.create', { fields: workshopFields })
    expect(await codeOf('kiosk.start', { workshopId: id, timing: 'before', pin: '246813' })).toBe('CONTENT_BROKEN')
    expect(await call('kiosk.status', {})).toEqual({ active: false })
    expect(ctx.kioskActive()).toBe(false)
  })
})
