import { randomUUID } from 'node:crypto'
import type { EnteredBy, FeedbackBody, FeedbackRecord, ResponseAnswer } from '@shared/domain/session'
import type { SessionRole } from '@shared/domain/rotation'
import type { Db } from '../connection'

interface FeedbackRow {
  id: string
  workshop_id: string
  round_index: number
  group_index: number
  participant_id: string
  role: SessionRole
  entered_by: EnteredBy
  felt_cleared: number | null
  received_response: ResponseAnswer | null
  thought_requested: ResponseAnswer | null
  do_differently: string | null
  next_action: string | null
  ticks_json: string | null
  seen_response: ResponseAnswer | null
  comment: string | null
  created_at: string
  updated_at: string
}

function toBody(row: FeedbackRow): FeedbackBody {
  if (row.role === 'member')
    return { role: 'member', feltCleared: row.felt_cleared ?? 0, receivedResponse: row.received_response ?? 'unsure', comment: row.comment ?? '' }
  if (row.role === 'manager')
    return { role: 'manager', thoughtRequested: row.thought_requested ?? 'unsure', doDifferently: row.do_differently ?? '', nextAction: row.next_action ?? '' }
  return { role: 'observer', ticks: JSON.parse(row.ticks_json ?? '[]') as string[], seenResponse: row.seen_response ?? 'unsure', comment: row.comment ?? '' }
}

function toRecord(row: FeedbackRow): FeedbackRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    roundIndex: row.round_index,
    groupIndex: row.group_index,
    participantId: row.participant_id,
    enteredBy: row.entered_by,
    body: toBody(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export interface FeedbackKey {
  planId: string
  roundIndex: number
  groupIndex: number
  participantId: string
  enteredBy: EnteredBy
}

export function createSessionFeedbackRepo(db: Db) {
  const select = `SELECT f.*, p.workshop_id FROM session_feedback f JOIN session_plans p ON p.id = f.plan_id`
  const listStmt = db.prepare<[string], FeedbackRow>(`${select} WHERE p.workshop_id = ? ORDER BY f.round_index, f.group_index, f.created_at`)
  const getStmt = db.prepare<[string], FeedbackRow>(`${select} WHERE f.id = ?`)
  const upsertStmt = db.prepare(`INSERT INTO session_feedback (id, plan_id, round_index, group_index, participant_id, role,
      entered_by, felt_cleared, received_response, thought_requested, do_differently, next_action, ticks_json,
      seen_response, comment, created_at, updated_at)
    VALUES (@id, @plan_id, @round_index, @group_index, @participant_id, @role, @entered_by, @felt_cleared,
      @received_response, @thought_requested, @do_differently, @next_action, @ticks_json, @seen_response, @comment, @now, @now)
    ON CONFLICT (plan_id, round_index, participant_id) DO UPDATE SET
      group_index = excluded.group_index, role = excluded.role, entered_by = excluded.entered_by,
      felt_cleared = excluded.felt_cleared, received_response = excluded.received_response,
      thought_requested = excluded.thought_requested, do_differently = excluded.do_differently,
      next_action = excluded.next_action, ticks_json = excluded.ticks_json, seen_response = excluded.seen_response,
      comment = excluded.comment, updated_at = excluded.updated_at
    RETURNING id`)

  return {
    list(workshopId: string): FeedbackRecord[] {
      return listStmt.all(workshopId).map(toRecord)
    },
    /** One person's feedback for a round; a second submission replaces the first. Committed when this returns. */
    submit(key: FeedbackKey, body: FeedbackBody, now = new Date()): FeedbackRecord {
      const base = {
        id: randomUUID(),
        plan_id: key.planId,
        round_index: key.roundIndex,
        group_index: key.groupIndex,
        participant_id: key.participantId,
        role: body.role,
        entered_by: key.enteredBy,
        felt_cleared: null as number | null,
        received_response: null as string | null,
        thought_requested: null as string | null,
        do_differently: null as string | null,
        next_action: null as string | null,
        ticks_json: null as string | null,
        seen_response: null as string | null,
        comment: null as string | null,
        now: now.toISOString(),
      }
      if (body.role === 'member') Object.assign(base, { felt_cleared: body.feltCleared, received_response: body.receivedResponse, comment: body.comment })
      else if (body.role === 'manager')
        Object.assign(base, { thought_requested: body.thoughtRequested, do_differently: body.doDifferently, next_action: body.nextAction })
      else Object.assign(base, { ticks_json: JSON.stringify(body.ticks), seen_response: body.seenResponse, comment: body.comment })
      const { id } = upsertStmt.get(base) as { id: string }
      const row = getStmt.get(id)
      if (!row) throw new Error('feedback vanished after saving')
      return toRecord(row)
    },
  }
}
export type SessionFeedbackRepo = ReturnType<typeof createSessionFeedbackRepo>
