import { z } from 'zod'
import { TIMINGS, type Side, type Timing } from '../../domain/assessment'
import type { PerceptionGap } from '../../domain/assessmentSummary'
import type { PackVersionUse } from '../../domain/contentPacks'
import type { StudyDaySummary } from '../../domain/quiz'
import type { TeamFigureRow } from '../../domain/summaryModel'
import type { AssessmentReport } from '../../domain/teamSummaries'
import type { ManagerStrengths, RolePlayFigures, RolePlayReport } from '../../domain/teamSummariesRolePlay'
import { channel } from './define'

export const MAX_SUMMARY_WORKSHOPS = 20

export const summaryFilter = z
  .object({
    /** one workshop, or several chosen together (a team's history) */
    workshopIds: z.array(z.uuid()).min(1).max(MAX_SUMMARY_WORKSHOPS),
    /** null = every team */
    teams: z.array(z.string().max(100)).max(500).nullable(),
    timing: z.enum(TIMINGS),
  })
  .strict()
export type SummaryFilter = z.infer<typeof summaryFilter>

export interface SummaryWorkshop {
  id: string
  title: string
  scheduledAt: string | null
  privacyMinPeople: number
}

/** What the team view and the PDF show: team figures only, small teams hidden with the reason. */
export interface TeamSummaryReport {
  workshops: SummaryWorkshop[]
  /** the strictest threshold of the chosen workshops */
  minPeople: number
  /** every team of the chosen workshops (roster and answers), for the filter */
  teamsAvailable: string[]
  assessments: AssessmentReport
  rolePlay: RolePlayReport
  /** the one summary model: every chosen team's figures at this timing, privacy rule applied (what every output prints) */
  teamRows: TeamFigureRow[]
  /** the live quiz (share correct per question) and the pulse before / after, whole room, privacy rule applied */
  studyDay: StudyDaySummary
  /** the content packs (name + version hash) the chosen workshops' plans and self-checks used */
  packs: PackVersionUse[]
}

export interface PersonLevel {
  label: string
  side: Side
  team: string
  levels: Record<Timing, number | null>
}

export interface ManagerRolePlay {
  participantId: string
  name: string
  team: string
  figures: RolePlayFigures
  strengths: ManagerStrengths
}

/** The trainer's per-person view: names, never in the team view or the PDF. */
export interface PeopleSummary {
  people: PersonLevel[]
  gaps: PerceptionGap[]
  managers: ManagerRolePlay[]
}

export const summaryChannels = {
  'summaries.teams': channel<TeamSummaryReport>()({ input: summaryFilter, audience: ['trainer'] }),
  'summaries.people': channel<PeopleSummary>()({ input: summaryFilter, audience: ['trainer'] }),
} as const
