/**
 * Bench entry (built to out/main/bench-quiz.js): a large room on the quiz's one model. Every
 * built-in question is opened, each with 300 phone answers; then 200 more phone answers
 * (recordAnswer, one durable transaction each, the state the projector fetches returned) are
 * timed against the same rows written by a bare prepared upsert, one transaction per row, on the
 * same database. Prints one JSON line: { serviceMs, bareMs, count } (medians per answer).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'
import { openAppDatabase } from '../../../electron/main/db/database'
import { createQuizRepo } from '../../../electron/main/db/repos/quizRepo'
import { createRunSheetRepo } from '../../../electron/main/db/repos/runSheetRepo'
import { createWorkshopsRepo } from '../../../electron/main/db/repos/workshopsRepo'
import { createQuizService } from '../../../electron/main/services/quizService'
import { loadContentLibrary } from '../../../electron/main/services/contentLoader'
import { contentDir } from '../../../electron/main/paths'

const ROOM = 300
const COUNT = 200
const library = loadContentLibrary(contentDir())
const root = mkdtempSync(join(tmpdir(), 'taiwa-bench-quiz-'))
try {
  const { db } = openAppDatabase(join(root, 'data'))
  const workshops = createWorkshopsRepo(db)
  const workshop = workshops.create({ title: 'bench', scheduledAt: null, place: '', trainer: '', contentLocale: 'ja', notes: '', phaseSeconds: { ...DEFAULT_PHASE_SECONDS } })
  const quiz = createQuizService({ db, repo: createQuizRepo(db), runSheets: createRunSheetRepo(db), workshops, library, events: { emit: () => {} } })
  for (const q of library.quiz) {
    quiz.open({ workshopId: workshop.id, questionId: q.id })
    db.transaction(() => {
      for (let i = 0; i < ROOM; i++) quiz.recordAnswer({ workshopId: workshop.id, questionId: q.id, answerKey: `device-${i}`, choiceId: q.choices[i % q.choices.length]!.id })
    })()
  }
  const question = library.quiz[0]!
  const bare = db.prepare(`INSERT INTO quiz_answers (workshop_id, question_id, answer_key, choice_id, count, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)
    ON CONFLICT (workshop_id, question_id, answer_key) DO UPDATE SET choice_id = excluded.choice_id, updated_at = excluded.updated_at`)
  const service: number[] = []
  const plain: number[] = []
  for (let i = 0; i < COUNT; i++) {
    let start = performance.now()
    quiz.recordAnswer({ workshopId: workshop.id, questionId: question.id, answerKey: `late-${i}`, choiceId: 'a' })
    service.push(performance.now() - start)
    start = performance.now()
    const now = new Date().toISOString()
    db.transaction(() => bare.run(workshop.id, library.quiz[1]!.id, `late-${i}`, 'a', now, now))()
    plain.push(performance.now() - start)
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  console.log(JSON.stringify({ serviceMs: median(service), bareMs: median(plain), count: COUNT }))
  db.close()
} finally {
  rmSync(root, { recursive: true, force: true })
}
