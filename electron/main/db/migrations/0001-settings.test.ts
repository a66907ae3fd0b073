import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migration0001Settings } from './0001-settings'

describe('migration 0001 settings', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('creates the settings table with an installation id and rejects empty keys', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, [migration0001Settings], { backupDir: tmp.dir })

    const row = db.prepare<[], { value: string; updated_at: string }>("SELECT value, updated_at FROM settings WHERE key = 'installation_id'").get()
    expect(JSON.parse(row?.value ?? 'null')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(row?.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    expect(() => db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('', '1', 'x')").run()).toThrow(/CHECK/)
    // STRICT table: a non-text value is refused rather than silently stored
    expect(() => db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('k', x'00', 'x')").run()).toThrow()
    db.close()
  })
})
