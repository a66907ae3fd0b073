import { randomUUID } from 'node:crypto'
import { compareParticipants, type Participant } from '@shared/domain/workshop'
import type { ParticipantFields } from '@shared/ipc/channels/workshops'
import { AppError } from '@shared/domain/errors'
import type { Db } from '../connection'

interface ParticipantRow {
  id: string
  workshop_id: string
  display_name: string
  reading: string
  team: string
  workplace_role: 'manager' | 'member'
  employee_id: string
  email: string
  created_at: string
  updated_at: string
}

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    displayName: row.display_name,
    reading: row.reading,
    team: row.team,
    workplaceRole: row.workplace_role,
    employeeId: row.employee_id,
    email: row.email,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Just what a kiosk submission needs to know about a person on the roster. */
export type RosterPlace = Pick<Participant, 'id' | 'team' | 'workplaceRole'>

export function createParticipantsRepo(db: Db) {
  const listStmt = db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE workshop_id = ?')
  const getStmt = db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?')
  const placeStmt = db.prepare<[string, string], RosterPlace>(
    'SELECT id, team, workplace_role AS workplaceRole FROM participants WHERE id = ? AND workshop_id = ?',
  )
  const workshopExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM workshops WHERE id = ?')
  const insertStmt = db.prepare(`
    INSERT INTO participants (id, workshop_id, display_name, reading, team, workplace_role, employee_id, email, created_at, updated_at)
    VALUES (@id, @workshopId, @displayName, @reading, @team, @workplaceRole, @employeeId, @email, @now, @now)`)
  const updateStmt = db.prepare(`
    UPDATE participants SET display_name = @displayName, reading = @reading, team = @team,
      workplace_role = @workplaceRole, employee_id = @employeeId, email = @email, updated_at = @now
    WHERE id = @id`)
  const deleteStmt = db.prepare<[string]>('DELETE FROM participants WHERE id = ?')

  function get(id: string): Participant {
    const row = getStmt.get(id)
    if (!row) throw new AppError('NOT_FOUND', `participant ${id} not found`)
    return toParticipant(row)
  }

  function list(workshopId: string): Participant[] {
    return listStmt.all(workshopId).map(toParticipant).sort(compareParticipants)
  }

  function create(workshopId: string, fields: ParticipantFields, now = new Date()): Participant {
    if (!workshopExists.get(workshopId)) throw new AppError('NOT_FOUND', `workshop ${workshopId} not found`)
    const id = randomUUID()
    insertStmt.run({ id, workshopId, ...fields, now: now.toISOString() })
    return get(id)
  }

  return {
    list,
    get,
    create,
    /** The person's team and role, if they are on this workshop's roster; read on every kiosk submission, so lean. */
    placeInWorkshop(workshopId: string, id: string): RosterPlace | undefined {
      return placeStmt.get(id, workshopId)
    },
    /** Adds many at once, all or none (a roster import). */
    createMany(workshopId: string, rows: readonly ParticipantFields[], now = new Date()): Participant[] {
      return db.transaction(() => rows.map((fields) => create(workshopId, fields, now)))()
    },
    update(id: string, fields: ParticipantFields, now = new Date()): Participant {
      if (updateStmt.run({ id, ...fields, now: now.toISOString() }).changes === 0) {
        throw new AppError('NOT_FOUND', `participant ${id} not found`)
      }
      return get(id)
    },
    delete(id: string): void {
      if (deleteStmt.run(id).changes === 0) throw new AppError('NOT_FOUND', `participant ${id} not found`)
    },
    /** Copies a roster to another workshop with fresh ids. */
    copyAll(fromWorkshopId: string, toWorkshopId: string, now = new Date()): void {
      for (const p of list(fromWorkshopId)) {
        const { displayName, reading, team, workplaceRole, employeeId, email } = p
        create(toWorkshopId, { displayName, reading, team, workplaceRole, employeeId, email }, now)
      }
    },
  }
}
export type ParticipantsRepo = ReturnType<typeof createParticipantsRepo>
