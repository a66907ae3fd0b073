/**
 * Bench entry (built to out/main/bench-kiosk.js): 10,000 kiosk submissions
 * through the real service (validation, scoring, code hashing, one durable
 * transaction each) next to the same rows written by a bare prepared INSERT,
 * one transaction per row, on a database of the same kind (same migrations,
 * same pragmas, same folder) in the same run. The two are interleaved in
 * blocks so that a busy neighbour on the machine slows both alike.
 * Prints one JSON line: { serviceMs, bareMs, count }.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'
import { openAppDatabase } from '../../../electron/main/db/database'
import { createAssessmentsRepo, INSERT_SUBMISSION_SQL } from '../../../electron/main/db/repos/assessmentsRepo'
import { createParticipantsRepo } from '../../../electron/main/db/repos/participantsRepo'
import { createWorkshopsRepo } from '../../../electron/main/db/repos/workshopsRepo'
import { createAssessmentService, type SubmissionInput } from '../../../electron/main/services/assessmentService'
import { loadContentLibrary } from '../../../electron/main/services/contentLoader'
import { contentDir } from '../../../electron/main/paths'

const COUNT = Number(process.env.BENCH_KIOSK_COUNT ?? 10_000)
const BLOCK = 500

const questionnaire = loadContentLibrary(contentDir()).assessments[0]
if (!questionnaire) throw new Error('no questionnaire')
const root = mkdtempSync(join(tmpdir(), 'taiwa-bench-kiosk-'))

function setUp(name: string) {
  const { db } = openAppDatabase(join(root, name))
  const workshops = createWorkshopsRepo(db)
  const participants = createParticipantsRepo(db)
  const workshop = workshops.create({ title: 'bench', scheduledAt: null, place: '', trainer: '', contentLocale: 'ja', notes: '', phaseSeconds: { ...DEFAULT_PHASE_SECONDS } })
  const people = Array.from({ length: 40 }, (_, i) =>
    participants.create(workshop.id, { displayName: `p${i}`, reading: '', team: `t${i % 5}`, workplaceRole: i % 8 === 0 ? 'manager' : 'member', employeeId: '', email: '' }),
  )
  return { db, workshop, people, participants }
}

const service = setUp('service')
const bare = setUp('bare')
const assessments = createAssessmentService({
  db: service.db,
  repo: createAssessmentsRepo(service.db),
  participants: service.participants,
  workshops: createWorkshopsRepo(service.db),
  questionnaire,
})
const managers = service.people.filter((p) => p.workplaceRole === 'manager')

const inputFor = (i: number): SubmissionInput => {
  const answers = Object.fromEntries(questionnaire.statements.map((s, k) => [s.id, ((i * 7 + k) % 5) + 1]))
  const person = service.people[i % service.people.length]!
  return i % 2 === 0
    ? { respondent: { kind: 'participant', participantId: person.id }, side: person.workplaceRole, managerParticipantId: person.workplaceRole === 'member' ? managers[i % managers.length]!.id : null, team: null, locale: 'ja', answers }
    : { respondent: { kind: 'code', code: `code-${i}` }, side: 'member', managerParticipantId: null, team: null, locale: 'en', answers }
}

// the bare side writes the very rows the service wrote: same sizes, same indexes touched
const insertBare = bare.db.prepare(INSERT_SUBMISSION_SQL)
const writeBare = bare.db.transaction((row: Record<string, unknown>) => insertBare.run(row))
const readBack = service.db.prepare<[string], Record<string, unknown>>('SELECT * FROM assessment_submissions WHERE id = ?')
const bareParticipant = new Map(service.people.map((p, i) => [p.id, bare.people[i]!.id]))

let serviceMs = 0
let bareMs = 0
for (let start = 0; start < COUNT; start += BLOCK) {
  const end = Math.min(COUNT, start + BLOCK)
  // the answer sheets are made before the clock starts, as the bare rows are: only the service is timed
  const inputs = Array.from({ length: end - start }, (_, k) => inputFor(start + k))
  const ids: string[] = []
  let t0 = performance.now()
  for (const input of inputs) ids.push(assessments.submit(service.workshop.id, 'before', input).id)
  serviceMs += performance.now() - t0

  const rows = ids.map((id) => {
    const r = readBack.get(id)!
    const mapId = (v: unknown): unknown => (typeof v === 'string' ? (bareParticipant.get(v) ?? v) : v)
    return {
      id: randomUUID(),
      workshopId: bare.workshop.id,
      timing: r.timing,
      respondentKind: r.respondent_kind,
      participantId: mapId(r.participant_id),
      respondentKey: r.respondent_kind === 'participant' ? `p:${String(mapId(r.participant_id))}` : r.respondent_key,
      side: r.side,
      managerParticipantId: mapId(r.manager_participant_id),
      team: r.team,
      locale: r.locale,
      questionnaireId: r.questionnaire_id,
      answers: r.answers,
      level: r.level,
      perspectives: r.perspective_scores,
      now: r.created_at,
    }
  })
  t0 = performance.now()
  for (const row of rows) writeBare(row)
  bareMs += performance.now() - t0
}

service.db.close()
bare.db.close()
rmSync(root, { recursive: true, force: true })
console.log(JSON.stringify({ serviceMs, bareMs, count: COUNT }))
