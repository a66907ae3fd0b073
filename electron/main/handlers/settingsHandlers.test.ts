import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../tests/support/tempDir'
import { openAppDatabase } from '../db/database'
import { createSettingsRepo } from '../db/repos/settingsRepo'
import { createSettingsService } from '../services/settingsService'
import { createSettingsHandlers } from './settingsHandlers'

describe('settings handlers', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('default to Japanese and remember the chosen language across a reopen of the database', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const first = openAppDatabase(tmp.dir)
    const h1 = createSettingsHandlers(createSettingsService(createSettingsRepo(first.db)))
    expect(h1['settings.get']({})).toEqual({ locale: 'ja' })
    expect(h1['settings.setLocale']({ locale: 'en' })).toEqual({ locale: 'en' })
    first.db.close()

    const second = openAppDatabase(tmp.dir)
    const h2 = createSettingsHandlers(createSettingsService(createSettingsRepo(second.db)))
    expect(h2['settings.get']({})).toEqual({ locale: 'en' })
    second.db.close()
  })

  it('falls back to Japanese when the stored value is not a known language', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const { db } = openAppDatabase(tmp.dir)
    const repo = createSettingsRepo(db)
    repo.set('locale', 'klingon')
    expect(createSettingsHandlers(createSettingsService(repo))['settings.get']({})).toEqual({ locale: 'ja' })
    db.close()
  })
})
