import { randomUUID } from 'node:crypto'
import type { ApproachId, ResponseId, TopicId } from '@shared/content/schemas'
import type { PracticeSession } from '@shared/domain/practice'
import type { PracticeFields } from '@shared/ipc/channels/practice'
import { AppError } from '@shared/domain/errors'
import type { Db } from '../connection'

interface PracticeRow {
  id: string
  created_at: string
  scenario_id: string
  topic_id: string
  response_id: string
  approach_id: string
  blind: number
  guessed_response_id: string | null
  self_rating: number
  reflection: string
  duration_seconds: number
}

function toSession(row: PracticeRow): PracticeSession {
  return {
    id: row.id,
    createdAt: row.created_at,
    scenarioId: row.scenario_id,
    // the ids were checked against the library when the row was written
    topicId: row.topic_id as TopicId,
    responseId: row.response_id as ResponseId,
    approachId: row.approach_id as ApproachId,
    blind: row.blind === 1,
    guessedResponseId: row.guessed_response_id as ResponseId | null,
    selfRating: row.self_rating,
    reflection: row.reflection,
    durationSeconds: row.duration_seconds,
  }
}

/** The card a practice was about, as read from the content library. */
export interface PracticeCard {
  topicId: TopicId
  responseId: ResponseId
  approachId: ApproachId
}

export function createPracticeRepo(db: Db) {
  const listStmt = db.prepare<[], PracticeRow>('SELECT * FROM practice_sessions ORDER BY created_at DESC, rowid DESC')
  const getStmt = db.prepare<[string], PracticeRow>('SELECT * FROM practice_sessions WHERE id = ?')
  const insertStmt = db.prepare(`INSERT INTO practice_sessions
    (id, created_at, scenario_id, topic_id, response_id, approach_id, blind, guessed_response_id, self_rating, reflection, duration_seconds)
    VALUES (@id, @created_at, @scenario_id, @topic_id, @response_id, @approach_id, @blind, @guessed_response_id, @self_rating, @reflection, @duration_seconds)`)
  const deleteStmt = db.prepare<[string]>('DELETE FROM practice_sessions WHERE id = ?')

  function get(id: string): PracticeSession {
    const row = getStmt.get(id)
    if (!row) throw new AppError('NOT_FOUND', `practice session ${id} not found`)
    return toSession(row)
  }

  return {
    list(): PracticeSession[] {
      return listStmt.all().map(toSession)
    },
    get,
    create(fields: PracticeFields, card: PracticeCard, now = new Date()): PracticeSession {
      const id = randomUUID()
      insertStmt.run({
        id,
        created_at: now.toISOString(),
        scenario_id: fields.scenarioId,
        topic_id: card.topicId,
        response_id: card.responseId,
        approach_id: card.approachId,
        blind: fields.blind ? 1 : 0,
        // an open card had nothing to find out: no guess is kept
        guessed_response_id: fields.blind ? fields.guessedResponseId : null,
        self_rating: fields.selfRating,
        reflection: fields.reflection,
        duration_seconds: fields.durationSeconds,
      })
      return get(id)
    },
    delete(id: string): void {
      if (deleteStmt.run(id).changes === 0) throw new AppError('NOT_FOUND', `practice session ${id} not found`)
    },
  }
}
export type PracticeRepo = ReturnType<typeof createPracticeRepo>
