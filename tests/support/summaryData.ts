import type Database from 'better-sqlite3'
import { REBUILD_SUMMARY_ROWS_SQL } from '../../electron/main/db/migrations/0008-summary-rows'

/**
 * Fills a migrated database with workshops, teams, a role-play plan with round
 * feedback and self-assessments, straight through prepared INSERTs in one
 * transaction: for the summary tests and the summary benchmark.
 */
export interface SummaryDataShape {
  workshops: number
  teamsPerWorkshop: number
  peoplePerTeam: number
  rounds: number
  /** assessment submissions per participant (timings before, after, followUp, then repeats) */
  answersPerPerson: number
  /**
   * write with the summary triggers off and compute their row tables once at the end (the same
   * SQL as migration 0008): a benchmark's 400,000 rows load in seconds instead of most of an hour
   * of per-row trigger work. The triggers are back on afterwards; tests leave this off so they
   * go through the triggers as the app does.
   */
  bulk?: boolean
}

const TOPICS = ['work', 'relationships', 'condition', 'career', 'skills', 'private', 'policy']
const RESPONSES = ['advice', 'think-together', 'listen', 'opinion', 'report']
const TIMINGS = ['before', 'after', 'followUp']
const ROLES = ['manager', 'member', 'observer'] as const

function uuid(n: number, kind: number): string {
  const hex = n.toString(16).padStart(12, '0')
  return `0000000${kind}-0000-4000-8000-${hex}`
}

export function fillSummaryData(db: Database.Database, shape: SummaryDataShape): { workshopIds: string[]; teams: string[] } {
  const now = '2026-01-01T00:00:00.000Z'
  const insW = db.prepare("INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES (?, ?, 'ja', ?, ?)")
  const insP = db.prepare('INSERT INTO participants (id, workshop_id, display_name, team, workplace_role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const insPlan = db.prepare(`INSERT INTO session_plans (id, workshop_id, rounds, group_form, manager_rule, keep_teams_apart, dealing_mode, blind_mode, seed,
    repeat_meetings, repeat_lower_bound, same_team_pairs, same_team_lower_bound, created_at, updated_at)
    VALUES (?, ?, ?, 'trios', 'everyone', 0, 'balanced', 1, 1, 0, 0, 0, 0, ?, ?)`)
  const insSeat = db.prepare('INSERT INTO session_seats (plan_id, round_index, group_index, seat_index, participant_id, role) VALUES (?, ?, ?, ?, ?, ?)')
  const insCard = db.prepare('INSERT INTO session_cards (plan_id, round_index, group_index, topic_id, response_id) VALUES (?, ?, ?, ?, ?)')
  const insF = db.prepare(`INSERT INTO session_feedback (id, plan_id, round_index, group_index, participant_id, role, entered_by, felt_cleared,
    received_response, thought_requested, ticks_json, seen_response, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'self', ?, ?, ?, ?, ?, ?, ?)`)
  const insA = db.prepare(`INSERT INTO assessment_submissions (id, workshop_id, timing, respondent_kind, participant_id, respondent_key, side,
    manager_participant_id, team, locale, questionnaire_id, answers, level, perspective_scores, created_at, updated_at)
    VALUES (?, ?, ?, 'participant', ?, ?, ?, ?, ?, 'ja', 'q', '{}', ?, ?, ?, ?)`)
  const workshopIds: string[] = []
  const teams: string[] = []
  let n = 0
  const summaryTriggers = shape.bulk
    ? (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_summary\\_%' ESCAPE '\\'").all() as { name: string; sql: string }[])
    : []
  db.transaction(() => {
    for (const t of summaryTriggers) db.exec(`DROP TRIGGER ${t.name}`)
    for (let w = 0; w < shape.workshops; w++) {
      const wid = uuid(w, 1)
      workshopIds.push(wid)
      insW.run(wid, `研修 ${w + 1}`, now, now)
      const people: { id: string; team: string; manager: string }[] = []
      for (let t = 0; t < shape.teamsPerWorkshop; t++) {
        const team = `チーム${String(w * shape.teamsPerWorkshop + t + 1).padStart(3, '0')}`
        teams.push(team)
        let managerId = ''
        for (let i = 0; i < shape.peoplePerTeam; i++) {
          const pid = uuid(++n, 2)
          if (i === 0) managerId = pid
          insP.run(pid, wid, `参加者${n}`, team, i === 0 ? 'manager' : 'member', now, now)
          people.push({ id: pid, team, manager: managerId })
        }
      }
      const planId = uuid(w, 3)
      insPlan.run(planId, wid, shape.rounds, now, now)
      for (let r = 0; r < shape.rounds; r++) {
        const groups = Math.floor(people.length / 3)
        for (let g = 0; g < groups; g++) {
          const card = (w * 31 + r * 7 + g) % 35
          const topic = TOPICS[card % 7]!
          const response = RESPONSES[card % 5]!
          insCard.run(planId, r, g, topic, response)
          for (let s = 0; s < 3; s++) {
            const person = people[(g * 3 + s + r) % people.length]!
            const role = ROLES[s]!
            insSeat.run(planId, r, g, s, person.id, role)
            const guess = (g + r) % 3 === 0 ? RESPONSES[(card + 1) % 5]! : response
            insF.run(uuid(++n, 4), planId, r, g, person.id, role,
              role === 'member' ? 1 + ((g + r) % 5) : null,
              role === 'member' ? response : null,
              role === 'manager' ? guess : null,
              role === 'observer' ? '[]' : null,
              role === 'observer' ? response : null,
              now, now)
          }
        }
      }
      for (const [i, person] of people.entries()) {
        for (let k = 0; k < shape.answersPerPerson; k++) {
          const timing = TIMINGS[k % 3]!
          const side = person.id === person.manager ? 'manager' : 'member'
          const level = 1 + ((i + k * 2) % 6)
          const score = (i * 7 + k * 13) % 101
          const perspectives = JSON.stringify({ trust: score, safety: 100 - score, proactive: 50, growth: score, career: null })
          const at = new Date(Date.UTC(2026, 0, 1 + k)).toISOString()
          insA.run(uuid(++n, 5), wid, timing, person.id, `p:${person.id}`, side, side === 'member' ? person.manager : null, person.team, level, perspectives, at, at)
        }
      }
    }
    if (shape.bulk) {
      db.exec(REBUILD_SUMMARY_ROWS_SQL)
      for (const t of summaryTriggers) db.exec(t.sql)
    }
  })()
  return { workshopIds, teams }
}
