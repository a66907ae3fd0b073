import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { fillSummaryData } from '../../../../tests/support/summaryData'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { createOrgOutboxRepo } from '../repos/orgOutboxRepo'
import { migrations } from './index'

describe('migration 0015 org outbox', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  function open() {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 14), { backupDir: tmp.dir })
    const { workshopIds } = fillSummaryData(db, { workshops: 2, teamsPerWorkshop: 1, peoplePerTeam: 6, rounds: 1, answersPerPerson: 1 })
    expect(migrate(db, migrations.slice(0, 15), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 14, to: 15 })
    return { db, workshopIds, outbox: createOrgOutboxRepo(db) }
  }
  const count = (db: ReturnType<typeof open>['db']): number => (db.prepare('SELECT count(*) AS n FROM org_outbox').get() as { n: number }).n

  it('queues a change to a published workshop in the transaction of the change, and nothing of a rolled-back one', () => {
    const { db, workshopIds, outbox } = open()
    const [published, other] = workshopIds as [string, string]
    outbox.publish(published)
    const queued = count(db)
    expect(queued).toBeGreaterThan(6)
    const rename = db.prepare("UPDATE participants SET team = 'x' WHERE workshop_id = ?")
    expect(() =>
      db.transaction(() => {
        rename.run(published)
        throw new Error('the change fails after its write')
      })(),
    ).toThrow()
    expect(count(db)).toBe(queued)
    rename.run(published)
    expect(count(db)).toBe(queued + 6)
    // a workshop nobody published queues nothing
    rename.run(other)
    expect(count(db)).toBe(queued + 6)
    db.close()
  })

  it("a deleted workshop queues one removal and stops being published; a seat's key is its composite key", () => {
    const { db, workshopIds, outbox } = open()
    const [w] = workshopIds as [string]
    outbox.publish(w)
    const seat = db.prepare("SELECT row_key FROM org_outbox WHERE table_name = 'session_seats' LIMIT 1").get() as { row_key: string }
    expect(JSON.parse(seat.row_key)).toHaveLength(3)
    const before = count(db)
    db.prepare('DELETE FROM workshops WHERE id = ?').run(w)
    const removal = db.prepare("SELECT op FROM org_outbox WHERE table_name = 'workshops' ORDER BY seq DESC LIMIT 1").get() as { op: string }
    expect(removal.op).toBe('delete')
    // the cascade's rows add nothing: the workshop's removal covers them on the server
    expect(count(db)).toBe(before + 1)
    expect(outbox.publishedIds()).toEqual([])
    // what came before the removal is sent first, then the removal on its own
    const first = outbox.nextBatch(10_000)
    expect(first).toHaveLength(before)
    outbox.ack(first.at(-1)?.seq ?? 0)
    expect(outbox.nextBatch(10_000)).toMatchObject([{ table_name: 'workshops', op: 'delete', workshop_id: w }])
    db.close()
  })
})
