import { randomUUID } from 'node:crypto'
import { AppError } from '@shared/domain/errors'
import type { WorkshopFields } from '@shared/ipc/channels/workshops'
import type { Workshop, WorkshopSummary } from '@shared/domain/workshop'
import type { Db } from '../connection'
import type { Locale } from '@shared/i18n/locales'

interface WorkshopRow {
  id: string
  title: string
  scheduled_at: string | null
  place: string
  trainer: string
  content_locale: Locale
  notes: string
  prep_seconds: number
  one_on_one_seconds: number
  feedback_seconds: number
  debrief_seconds: number
  privacy_min_people: number
  created_at: string
  updated_at: string
}

function toWorkshop(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    scheduledAt: row.scheduled_at,
    place: row.place,
    trainer: row.trainer,
    contentLocale: row.content_locale,
    notes: row.notes,
    phaseSeconds: {
      prep: row.prep_seconds,
      oneOnOne: row.one_on_one_seconds,
      feedback: row.feedback_seconds,
      debrief: row.debrief_seconds,
    },
    privacyMinPeople: row.privacy_min_people,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toParams(fields: WorkshopFields) {
  return {
    title: fields.title,
    scheduled_at: fields.scheduledAt,
    place: fields.place,
    trainer: fields.trainer,
    content_locale: fields.contentLocale,
    notes: fields.notes,
    prep_seconds: fields.phaseSeconds.prep,
    one_on_one_seconds: fields.phaseSeconds.oneOnOne,
    feedback_seconds: fields.phaseSeconds.feedback,
    debrief_seconds: fields.phaseSeconds.debrief,
    privacy_min_people: fields.privacyMinPeople ?? null,
  }
}

const COLUMNS = `title, scheduled_at, place, trainer, content_locale, notes,
  prep_seconds, one_on_one_seconds, feedback_seconds, debrief_seconds, privacy_min_people`
const VALUES = `@title, @scheduled_at, @place, @trainer, @content_locale, @notes,
  @prep_seconds, @one_on_one_seconds, @feedback_seconds, @debrief_seconds, coalesce(@privacy_min_people, 5)`

export function createWorkshopsRepo(db: Db) {
  const listStmt = db.prepare<[], WorkshopRow & { participant_count: number }>(`
    SELECT w.*, (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participant_count
    FROM workshops w
    ORDER BY coalesce(w.scheduled_at, w.created_at) DESC, w.created_at DESC`)
  const getStmt = db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?')
  const insertStmt = db.prepare(`INSERT INTO workshops (id, ${COLUMNS}, created_at, updated_at)
    VALUES (@id, ${VALUES}, @now, @now)`)
  const updateStmt = db.prepare(`UPDATE workshops SET
    title = @title, scheduled_at = @scheduled_at, place = @place, trainer = @trainer,
    content_locale = @content_locale, notes = @notes, prep_seconds = @prep_seconds,
    one_on_one_seconds = @one_on_one_seconds, feedback_seconds = @feedback_seconds,
    debrief_seconds = @debrief_seconds,
    privacy_min_people = coalesce(@privacy_min_people, privacy_min_people), updated_at = @now
    WHERE id = @id`)
  const deleteStmt = db.prepare<[string]>('DELETE FROM workshops WHERE id = ?')
  function get(id: string): Workshop {
    const row = getStmt.get(id)
    if (!row) throw new AppError('NOT_FOUND', `workshop ${id} not found`)
    return toWorkshop(row)
  }

  return {
    list(): WorkshopSummary[] {
      return listStmt.all().map((row) => ({ ...toWorkshop(row), participantCount: row.participant_count }))
    },
    get,
    create(fields: WorkshopFields, now = new Date()): Workshop {
      const id = randomUUID()
      insertStmt.run({ id, ...toParams(fields), now: now.toISOString() })
      return get(id)
    },
    update(id: string, fields: WorkshopFields, now = new Date()): Workshop {
      const result = updateStmt.run({ id, ...toParams(fields), now: now.toISOString() })
      if (result.changes === 0) throw new AppError('NOT_FOUND', `workshop ${id} not found`)
      return get(id)
    },
    delete(id: string): void {
      if (deleteStmt.run(id).changes === 0) throw new AppError('NOT_FOUND', `workshop ${id} not found`)
    },
  }
}
export type WorkshopsRepo = ReturnType<typeof createWorkshopsRepo>
