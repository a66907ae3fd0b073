/**
 * Bench entry (built to out/main/bench-backups.js). A database of 5 workshops
 * (1,000 people, 3,000 self-assessments, ~18,000 round feedback rows), then:
 * the start-up inspection (copy to temp + quick_check; after a crash
 * integrity_check), a backup (VACUUM INTO, fsync, rename), and a participant
 * delete erased from 14 backups. Prints one JSON line of medians in ms.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fillSummaryData } from '../../support/summaryData'
import { openAppDatabase } from '../../../electron/main/db/database'
import { inspectDatabaseFile } from '../../../electron/main/db/integrity'
import { LATEST_SCHEMA_VERSION } from '../../../electron/main/db/migrations'
import { createSettingsRepo } from '../../../electron/main/db/repos/settingsRepo'
import { snapshotDatabase } from '../../../electron/main/db/snapshot'
import { createBackupService } from '../../../electron/main/services/backupService'

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}
const time = (runs: number, work: (i: number) => void): number => {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    work(i)
    times.push(performance.now() - t0)
  }
  return median(times)
}

const root = mkdtempSync(join(tmpdir(), 'taiwa-bench-backups-'))
try {
  const { db, file } = openAppDatabase(root)
  fillSummaryData(db, { workshops: 5, teamsPerWorkshop: 10, peoplePerTeam: 20, rounds: 6, answersPerPerson: 3 })
  db.pragma('wal_checkpoint(TRUNCATE)')
  const sizeMb = statSync(file).size / (1024 * 1024)

  const quickCheckMs = time(5, () => db.pragma('quick_check'))
  const inspectMs = time(5, () => inspectDatabaseFile(file, LATEST_SCHEMA_VERSION))
  const integrityCheckMs = time(3, () => db.pragma('integrity_check'))

  const folder = join(root, 'backups')
  const backups = createBackupService({ db, folder, settings: createSettingsRepo(db), latestSchema: LATEST_SCHEMA_VERSION })
  const start = Date.now()
  const snapshotMs = time(14, (i) => snapshotDatabase(db, folder, 'manual', new Date(start + i * 1000)))

  const people = db.prepare('SELECT id FROM participants LIMIT 3').pluck().all() as string[]
  const eraseMs = time(3, (i) => {
    db.prepare('DELETE FROM participants WHERE id = ?').run(people[i])
    db.pragma('wal_checkpoint(TRUNCATE)')
    backups.erase({ kind: 'participant', id: people[i] as string })
  })
  db.close()
  console.log(JSON.stringify({ sizeMb, quickCheckMs, inspectMs, integrityCheckMs, snapshotMs, eraseMs, backups: 14 }))
} finally {
  rmSync(root, { recursive: true, force: true })
}
