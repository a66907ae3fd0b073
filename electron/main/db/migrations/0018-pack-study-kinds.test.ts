import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migrations } from './index'

describe('migration 0018 pack study kinds', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('keeps every item a pack had, and takes wording, slides and quiz questions after', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    const at = migrations.findIndex((m) => m.version === 18)
    migrate(db, migrations.slice(0, at), { backupDir: tmp.dir })
    db.prepare("INSERT INTO content_packs (id, name, description, hash, created_at, updated_at) VALUES ('p', '営業', '', 'h', 'now', 'now')").run()
    db.prepare("INSERT INTO content_pack_items (pack_id, kind, item_id, body, position, updated_at) VALUES ('p', 'scenarios', 'sales-1', '{\"id\":\"sales-1\"}', 0, 'now')").run()
    const insertStatement = (): unknown =>
      db.prepare("INSERT INTO content_pack_items (pack_id, kind, item_id, body, position, updated_at) VALUES ('p', 'statements', 's1', '{}', 0, 'now')").run()
    expect(insertStatement).toThrow(/CHECK/)

    migrate(db, migrations.slice(0, at + 1), { backupDir: join(tmp.dir, 'b') })
    expect(db.prepare('SELECT pack_id, kind, item_id, body FROM content_pack_items').all()).toEqual([{ pack_id: 'p', kind: 'scenarios', item_id: 'sales-1', body: '{"id":"sales-1"}' }])
    insertStatement()
    db.prepare("INSERT INTO content_pack_items (pack_id, kind, item_id, body, position, updated_at) VALUES ('p', 'slides', ?, '{}', 0, 'now')").run(`${'m'.repeat(80)}/${'s'.repeat(80)}`)
    expect(() => db.prepare("INSERT INTO content_pack_items (pack_id, kind, item_id, body, position, updated_at) VALUES ('p', 'handouts', 'x', '{}', 0, 'now')").run()).toThrow(/CHECK/)
    // the items still go with their pack
    db.prepare("DELETE FROM content_packs WHERE id = 'p'").run()
    expect(db.prepare('SELECT count(*) AS n FROM content_pack_items').get()).toEqual({ n: 0 })
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
  })
})
