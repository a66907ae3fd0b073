import { randomUUID } from 'node:crypto'
import type { ResponseId, TopicId } from '@shared/content/schemas'
import type { TimerState, TimerStatus } from '@shared/domain/phaseTimer'
import type { GroupForm, ManagerRule, SessionRole } from '@shared/domain/rotation'
import type { PlanRound, PlanSettings, SessionPlan } from '@shared/domain/session'
import type { DealingMode } from '@shared/domain/dealing'
import type { CardSnapshot } from '@shared/domain/cardSnapshot'
import type { PackVersionRef } from '@shared/domain/contentPacks'
import type { ScenarioDifficulty } from '@shared/content/schemas'
import type { Db } from '../connection'

interface PlanRow {
  id: string
  workshop_id: string
  rounds: number
  group_form: GroupForm
  manager_rule: ManagerRule
  keep_teams_apart: number
  dealing_mode: DealingMode
  blind_mode: number
  seed: number
  chosen_json: string | null
  repeat_meetings: number
  repeat_lower_bound: number
  same_team_pairs: number
  same_team_lower_bound: number
  packs: string
  difficulty: ScenarioDifficulty | null
  created_at: string
  updated_at: string
}
interface SeatRow {
  round_index: number
  group_index: number
  participant_id: string
  role: SessionRole
}
interface CardRow {
  round_index: number
  group_index: number
  topic_id: TopicId
  response_id: ResponseId
  scenario_id: string | null
  snapshot: string | null
}
interface RunRow {
  round_index: number
  phase_index: number
  status: TimerStatus
  running_since: number | null
  elapsed_ms: number
  extra_ms: number
  updated_at: string
}

export interface RunRecord {
  roundIndex: number
  timer: TimerState
  updatedAt: string
}

export function createSessionPlansRepo(db: Db) {
  const planStmt = db.prepare<[string], PlanRow>('SELECT * FROM session_plans WHERE workshop_id = ?')
  const seatsStmt = db.prepare<[string], SeatRow>(
    'SELECT round_index, group_index, participant_id, role FROM session_seats WHERE plan_id = ? ORDER BY round_index, group_index, seat_index',
  )
  const cardsStmt = db.prepare<[string], CardRow>(
    'SELECT round_index, group_index, topic_id, response_id, scenario_id, snapshot FROM session_cards WHERE plan_id = ? ORDER BY round_index, group_index',
  )
  const deletePlanStmt = db.prepare<[string]>('DELETE FROM session_plans WHERE workshop_id = ?')
  const insertPlanStmt = db.prepare(`INSERT INTO session_plans (id, workshop_id, rounds, group_form, manager_rule,
      keep_teams_apart, dealing_mode, blind_mode, seed, chosen_json, repeat_meetings, repeat_lower_bound,
      same_team_pairs, same_team_lower_bound, packs, difficulty, created_at, updated_at)
    VALUES (@id, @workshop_id, @rounds, @group_form, @manager_rule, @keep_teams_apart, @dealing_mode, @blind_mode,
      @seed, @chosen_json, @repeat_meetings, @repeat_lower_bound, @same_team_pairs, @same_team_lower_bound, @packs, @difficulty, @now, @now)`)
  const insertSeatStmt = db.prepare(`INSERT INTO session_seats (plan_id, round_index, group_index, seat_index, participant_id, role)
    VALUES (?, ?, ?, ?, ?, ?)`)
  const insertCardStmt = db.prepare(`INSERT INTO session_cards (plan_id, round_index, group_index, topic_id, response_id, scenario_id, snapshot)
    VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const runStmt = db.prepare<[string], RunRow>(
    'SELECT r.* FROM session_runs r JOIN session_plans p ON p.id = r.plan_id WHERE p.workshop_id = ?',
  )
  const runningStmt = db.prepare<[], { workshop_id: string }>(
    "SELECT p.workshop_id FROM session_runs r JOIN session_plans p ON p.id = r.plan_id WHERE r.status = 'running'",
  )
  const upsertRunStmt = db.prepare(`INSERT INTO session_runs (plan_id, round_index, phase_index, status, running_since, elapsed_ms, extra_ms, updated_at)
    VALUES (@plan_id, @round_index, @phase_index, @status, @running_since, @elapsed_ms, @extra_ms, @now)
    ON CONFLICT (plan_id) DO UPDATE SET round_index = excluded.round_index, phase_index = excluded.phase_index,
      status = excluded.status, running_since = excluded.running_since, elapsed_ms = excluded.elapsed_ms,
      extra_ms = excluded.extra_ms, updated_at = excluded.updated_at`)

  const revealedStmt = db.prepare<[string], { round_index: number; group_index: number }>(
    `SELECT c.round_index, c.group_index FROM session_cards c JOIN session_plans p ON p.id = c.plan_id
      WHERE p.workshop_id = ? AND c.revealed_at IS NOT NULL`,
  )
  const revealStmt = db.prepare<[string, string, number, number]>(
    `UPDATE session_cards SET revealed_at = coalesce(revealed_at, ?)
      WHERE plan_id = (SELECT id FROM session_plans WHERE workshop_id = ?) AND round_index = ? AND group_index = ?`,
  )

  function toPlan(row: PlanRow): SessionPlan {
    const rounds: PlanRound[] = Array.from({ length: row.rounds }, () => ({ groups: [] }))
    for (const card of cardsStmt.all(row.id)) {
      const round = rounds[card.round_index]
      if (round)
        round.groups[card.group_index] = {
          seats: [],
          card: {
            topicId: card.topic_id,
            responseId: card.response_id,
            scenarioId: card.scenario_id,
            ...(card.snapshot ? { snapshot: JSON.parse(card.snapshot) as CardSnapshot } : {}),
          },
        }
    }
    for (const seat of seatsStmt.all(row.id))
      rounds[seat.round_index]?.groups[seat.group_index]?.seats.push({ participantId: seat.participant_id, role: seat.role })
    const settings: PlanSettings = {
      rounds: row.rounds,
      groupForm: row.group_form,
      managerRule: row.manager_rule,
      keepTeamsApart: row.keep_teams_apart === 1,
      dealingMode: row.dealing_mode,
      blindMode: row.blind_mode === 1,
      seed: row.seed,
      ...(row.chosen_json ? { chosen: JSON.parse(row.chosen_json) as PlanSettings['chosen'] } : {}),
      ...(row.difficulty ? { difficulty: row.difficulty } : {}),
    }
    return {
      workshopId: row.workshop_id,
      settings,
      rounds,
      stats: {
        repeatMeetings: row.repeat_meetings,
        repeatLowerBound: row.repeat_lower_bound,
        sameTeamPairs: row.same_team_pairs,
        sameTeamLowerBound: row.same_team_lower_bound,
      },
      savedAt: row.updated_at,
      packs: JSON.parse(row.packs) as PackVersionRef[],
    }
  }

  function planId(workshopId: string): string | null {
    return planStmt.get(workshopId)?.id ?? null
  }

  return {
    get(workshopId: string): SessionPlan | null {
      const row = planStmt.get(workshopId)
      return row ? toPlan(row) : null
    },
    planId,
    /** Replaces the workshop's plan (and with it any run state and feedback) in one transaction. */
    save(plan: Omit<SessionPlan, 'savedAt'>, now = new Date()): SessionPlan {
      const id = randomUUID()
      const stamp = now.toISOString()
      db.transaction(() => {
        deletePlanStmt.run(plan.workshopId)
        const s = plan.settings
        insertPlanStmt.run({
          id,
          workshop_id: plan.workshopId,
          rounds: s.rounds,
          group_form: s.groupForm,
          manager_rule: s.managerRule,
          keep_teams_apart: s.keepTeamsApart ? 1 : 0,
          dealing_mode: s.dealingMode,
          blind_mode: s.blindMode ? 1 : 0,
          seed: s.seed,
          chosen_json: s.chosen ? JSON.stringify(s.chosen) : null,
          repeat_meetings: plan.stats.repeatMeetings,
          repeat_lower_bound: plan.stats.repeatLowerBound,
          same_team_pairs: plan.stats.sameTeamPairs,
          same_team_lower_bound: plan.stats.sameTeamLowerBound,
          packs: JSON.stringify(plan.packs ?? []),
          difficulty: s.difficulty ?? null,
          now: stamp,
        })
        plan.rounds.forEach((round, r) =>
          round.groups.forEach((group, g) => {
            insertCardStmt.run(id, r, g, group.card.topicId, group.card.responseId, group.card.scenarioId, group.card.snapshot ? JSON.stringify(group.card.snapshot) : null)
            group.seats.forEach((seat, k) => insertSeatStmt.run(id, r, g, k, seat.participantId, seat.role))
          }),
        )
        upsertRunStmt.run({ plan_id: id, round_index: 0, phase_index: 0, status: 'idle', running_since: null, elapsed_ms: 0, extra_ms: 0, now: stamp })
      })()
      const saved = planStmt.get(plan.workshopId)
      if (!saved) throw new Error('plan vanished after saving')
      return toPlan(saved)
    },
    /** the groups whose requested response the trainer revealed, as "round:group" keys */
    revealedGroups(workshopId: string): Set<string> {
      return new Set(revealedStmt.all(workshopId).map((r) => `${r.round_index}:${r.group_index}`))
    },
    /** marks a group's card as revealed by the trainer; false when the plan has no such group */
    reveal(workshopId: string, roundIndex: number, groupIndex: number, now = new Date()): boolean {
      return revealStmt.run(now.toISOString(), workshopId, roundIndex, groupIndex).changes > 0
    },
    /** workshops whose phase clock is running (at start, so their phase still ends on time) */
    runningWorkshops(): string[] {
      return runningStmt.all().map((r) => r.workshop_id)
    },
    getRun(workshopId: string): RunRecord | null {
      const row = runStmt.get(workshopId)
      if (!row) return null
      return {
        roundIndex: row.round_index,
        timer: {
          phaseIndex: row.phase_index,
          status: row.status,
          runningSince: row.running_since,
          elapsedMs: row.elapsed_ms,
          extraMs: row.extra_ms,
        },
        updatedAt: row.updated_at,
      }
    },
    saveRun(workshopId: string, roundIndex: number, timer: TimerState, now = new Date()): RunRecord | null {
      const id = planId(workshopId)
      if (!id) return null
      upsertRunStmt.run({
        plan_id: id,
        round_index: roundIndex,
        phase_index: timer.phaseIndex,
        status: timer.status,
        running_since: timer.runningSince,
        elapsed_ms: Math.round(timer.elapsedMs),
        extra_ms: timer.extraMs,
        now: now.toISOString(),
      })
      return this.getRun(workshopId)
    },
  }
}
export type SessionPlansRepo = ReturnType<typeof createSessionPlansRepo>
