import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { openAppDatabase } from '../../electron/main/db/database'
import { migrations } from '../../electron/main/db/migrations'

/** Distinctive strings and ids the deletion tests look for in every file the app keeps. */
export const CANARY = {
  workshopId: '11111111-1111-4111-8111-111111111111',
  workshopTitle: 'CANARY-WORKSHOP-TITLE-5D1F',
  personId: '22222222-2222-4222-8222-222222222222',
  personName: 'CANARY-PERSON-NAME-8C3A',
  submissionId: '33333333-3333-4333-8333-333333333333',
  salt: 'CANARYSALT0123456789abcdef0123456789abcdef0123456789',
  practiceId: '44444444-4444-4444-8444-444444444444',
  practiceReflection: 'CANARY-PRACTICE-REFLECTION-77E0',
  keeperWorkshopId: '55555555-5555-4555-8555-555555555555',
  keeperName: 'KEEPER-PERSON-NAME-1B2C',
} as const

/**
 * A data folder as an older Taiwa left it (the schema one version back), with
 * the canary workshop, person, submission, code salt and practice session, and
 * a keeper workshop that no test deletes. Opening it with this Taiwa migrates
 * it, which takes the pre-upgrade backup.
 */
export function seedOldSchemaWithCanaries(dataDir: string): void {
  const { db } = openAppDatabase(dataDir, migrations.slice(0, -1))
  const now = '2026-01-01T00:00:00.000Z'
  const c = CANARY
  db.transaction(() => {
    const insW = db.prepare("INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES (?, ?, 'ja', ?, ?)")
    insW.run(c.workshopId, c.workshopTitle, now, now)
    insW.run(c.keeperWorkshopId, 'keeper', now, now)
    const insP = db.prepare("INSERT INTO participants (id, workshop_id, display_name, team, workplace_role, created_at, updated_at) VALUES (?, ?, ?, 'T', 'member', ?, ?)")
    insP.run(c.personId, c.workshopId, c.personName, now, now)
    insP.run('66666666-6666-4666-8666-666666666666', c.workshopId, 'another person', now, now)
    insP.run('77777777-7777-4777-8777-777777777777', c.keeperWorkshopId, c.keeperName, now, now)
    db.prepare(`INSERT INTO assessment_submissions (id, workshop_id, timing, respondent_kind, participant_id, respondent_key, side,
      manager_participant_id, team, locale, questionnaire_id, answers, level, perspective_scores, created_at, updated_at)
      VALUES (?, ?, 'before', 'code', NULL, ?, 'member', NULL, '', 'ja', 'q', '{}', 1, '{}', ?, ?)`).run(c.submissionId, c.workshopId, `c:${c.salt}`, now, now)
    db.prepare('INSERT INTO assessment_code_salts (workshop_id, salt, created_at) VALUES (?, ?, ?)').run(c.workshopId, c.salt, now)
    db.prepare(`INSERT INTO practice_sessions (id, created_at, scenario_id, topic_id, response_id, approach_id, blind, guessed_response_id,
      self_rating, reflection, duration_seconds) VALUES (?, ?, 's', 'work', 'advice', 'teaching', 0, NULL, 3, ?, 60)`).run(c.practiceId, now, c.practiceReflection)
  })()
  db.close()
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Every file under the data folder (database, -wal, -shm, backups, export copies) that holds `needle`, by relative path. */
export function filesHolding(dataDir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8')
  return filesUnder(dataDir)
    .filter((file) => readFileSync(file).includes(bytes))
    .map((file) => relative(dataDir, file))
}
