import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migrations } from './index'

describe('migration 0009 card reveals', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('gives every dealt card an empty reveal mark, so no existing card counts as revealed', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 8), { backupDir: tmp.dir })
    expect(migrate(db, migrations.slice(0, 9), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 8, to: 9 })
    const columns = (db.prepare('PRAGMA table_info(session_cards)').all() as { name: string; dflt_value: unknown; notnull: number }[]).filter((c) => c.name === 'revealed_at')
    expect(columns).toEqual([expect.objectContaining({ name: 'revealed_at', dflt_value: null, notnull: 0 })])
    db.close()
  })
})
