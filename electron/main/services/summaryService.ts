import { summarizeAssessments } from '@shared/domain/assessmentSummary'
import type { AssessmentSubmission } from '@shared/domain/assessment'
import { teamFigureRows } from '@shared/domain/summaryModel'
import { buildAssessmentReport } from '@shared/domain/teamSummaries'
import { buildRolePlayReport, managerStrengths, rolePlayFigures } from '@shared/domain/teamSummariesRolePlay'
import type { ContentLibrary } from '@shared/content/schemas'
import type { StudyDaySummary } from '@shared/domain/quiz'
import type { PeopleSummary, SummaryFilter, TeamSummaryReport } from '@shared/ipc/channels/summaries'
import type { Participant, Workshop } from '@shared/domain/workshop'
import type { PackVersionUse } from '@shared/domain/contentPacks'
import type { Db } from '../db/connection'
import type { SummariesRepo, SummaryParams } from '../db/repos/summariesRepo'

/**
 * Team summaries for one workshop or several chosen together: SQL aggregates
 * (summariesRepo) shaped by the pure domain, with the strictest privacy
 * threshold of the chosen workshops. Names only come out of `people()`.
 */
export interface SummaryServiceDeps {
  db: Db
  repo: SummariesRepo
  workshops: { get(id: string): Workshop }
  participants: { list(workshopId: string): Participant[] }
  submissions: (workshopId: string) => AssessmentSubmission[]
  library: ContentLibrary
  /** the study day's quiz and pulse, the whole room's figures (answers carry no team) */
  studyDay?: (workshopIds: readonly string[], minPeople: number) => StudyDaySummary
  /** the pack versions these workshops used, to name them on the summary */
  packsUsed?: (workshopIds: readonly string[]) => PackVersionUse[]
}

export function createSummaryService(deps: SummaryServiceDeps) {
  const { repo } = deps
  const params = (f: SummaryFilter): SummaryParams => ({
    workshops: JSON.stringify([...new Set(f.workshopIds)]),
    teams: f.teams === null ? null : JSON.stringify(f.teams),
  })

  function teams(filter: SummaryFilter): TeamSummaryReport {
    // NOT_FOUND for an unknown workshop before any figure is computed
    const workshops = [...new Set(filter.workshopIds)].map((id) => deps.workshops.get(id))
    const minPeople = Math.max(1, ...workshops.map((w) => w.privacyMinPeople))
    const p = params(filter)
    return deps.db.transaction(() => {
      repo.refresh(workshops.map((w) => w.id))
      const teamsAvailable = repo.teams(p).sort(new Intl.Collator('ja').compare)
      const assessments = buildAssessmentReport(repo.levels(p), repo.gaps(p), filter.timing, minPeople)
      const rolePlay = buildRolePlayReport({
        identified: repo.identified(p),
        felt: repo.felt(p),
        people: repo.rolePlayPeople(p),
        practised: repo.practised(p),
        topicShares: deps.library.topics,
        minPeople,
      })
      // every chosen team gets a row, one without any figure too (its cells say "no data")
      const chosenTeams = filter.teams === null ? teamsAvailable : teamsAvailable.filter((team) => filter.teams?.includes(team))
      return {
        workshops: workshops.map((w) => ({ id: w.id, title: w.title, scheduledAt: w.scheduledAt, privacyMinPeople: w.privacyMinPeople })),
        minPeople,
        teamsAvailable,
        assessments,
        rolePlay,
        teamRows: teamFigureRows({ assessments, rolePlay }, chosenTeams),
        studyDay: deps.studyDay?.(workshops.map((w) => w.id), minPeople) ?? { quiz: [], pulses: [] },
        packs: deps.packsUsed?.(workshops.map((w) => w.id)) ?? [],
      }
    })()
  }

  function people(filter: SummaryFilter): PeopleSummary {
    const workshopIds = [...new Set(filter.workshopIds)]
    workshopIds.forEach((id) => deps.workshops.get(id))
    const inTeams = (team: string): boolean => filter.teams === null || filter.teams.includes(team)
    const summary = summarizeAssessments(workshopIds.flatMap((id) => deps.submissions(id)))
    const byTiming = summary.byTiming[filter.timing]
    const persons = new Map<string, PeopleSummary['people'][number]>()
    for (const team of byTiming.teams.filter((t) => inTeams(t.team)))
      for (const i of team.individuals)
        persons.set(`${i.side}|${i.respondentKey}`, { label: i.label, side: i.side, team: team.team, levels: { before: null, after: null, followUp: null, [filter.timing]: i.level } })
    for (const change of summary.personChanges) {
      const key = `${change.side}|${change.respondentKey}`
      const known = persons.get(key)
      if (known) known.levels = change.levels
      else if (inTeams(change.team)) persons.set(key, { label: change.label, side: change.side, team: change.team, levels: change.levels })
    }
    const p = params(filter)
    const roster = new Map(workshopIds.flatMap((id) => deps.participants.list(id)).map((x) => [x.id, x]))
    const identified = repo.identifiedByManager(p)
    const felt = repo.feltByManager(p)
    const managerIds = [...new Set([...identified, ...felt].map((r) => r.team))]
    const managers = managerIds
      .map((id) => {
        const figures = rolePlayFigures(
          identified.filter((r) => r.team === id),
          felt.filter((r) => r.team === id),
          // the trainer's own per-person view: outside the privacy rule
          1,
        )
        const person = roster.get(id)
        return { participantId: id, name: person?.displayName ?? '', team: person?.team ?? '', figures, strengths: managerStrengths(figures) }
      })
      .sort((a, b) => a.team.localeCompare(b.team, 'ja') || a.name.localeCompare(b.name, 'ja'))
    return {
      people: [...persons.values()].sort((a, b) => a.team.localeCompare(b.team, 'ja') || a.label.localeCompare(b.label, 'ja')),
      gaps: byTiming.gaps.filter((g) => inTeams(g.team)),
      managers,
    }
  }

  return { teams, people }
}
export type SummaryService = ReturnType<typeof createSummaryService>
