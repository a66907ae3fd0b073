import { AppError } from '@shared/domain/errors'
import { orgRound, type OrgSummary } from '@shared/domain/orgSummary'
import type { Timing } from '@shared/domain/assessment'
import type { OrgGrouping } from '@shared/ipc/channels/organisation'
import { exportLabels, type ExportLabels } from '@shared/domain/exportLabels'
import type { Locale } from '@shared/i18n/locales'
import { orgSummaryXlsx } from './orgExport'
import { OrgProblem } from '../../db/org/orgProblem'
import { withOrgClient } from '../../db/org/serverClient'
import { ensureServerSchema } from '../../db/org/serverMigrations'
import { readOrgSummary } from '../../db/org/orgViewQueries'
import type { OrgSettingsService } from './orgSettingsService'

/** the organisation view's problem as the envelope's error: its code in the message for the screen to name */
export const orgViewError = (p: OrgProblem): AppError => new AppError('ORG_SERVER', p.code)

/**
 * The organisation view: reads the server's figures (already through the privacy rule in SQL)
 * and only rounds them as the team summaries do.
 */
export function createOrgViewService(settings: OrgSettingsService, labels?: (locale: Locale) => ExportLabels) {
  const view = {
    async summary(by: OrgGrouping, from: string, to: string): Promise<OrgSummary> {
      const s = settings.get()
      const pw = settings.password()
      if (!settings.configured()) throw orgViewError(new OrgProblem('notConfigured', 'no server'))
      if (!pw) throw orgViewError(new OrgProblem('noPassword', 'no password'))
      try {
        const rows = await withOrgClient(s, pw, async (client) => {
          await ensureServerSchema(client)
          return readOrgSummary(client, by, from, to, s.minPeople)
        })
        return {
          from,
          to,
          by,
          minPeople: s.minPeople,
          workshops: rows.workshops,
          levels: rows.levels.map((r) => ({
            group: r.group,
            timing: r.timing as Timing,
            people: r.people,
            levelCounts: [r.lv1, r.lv2, r.lv3, r.lv4, r.lv5, r.lv6],
            average: orgRound(r.level_sum / r.answers),
          })),
          changes: rows.changes.map((r) => ({ group: r.group, people: r.people, before: orgRound(r.before), after: orgRound(r.after) })),
          gaps: rows.gaps.map((r) => ({
            group: r.group,
            timing: r.timing as Timing,
            members: r.members,
            memberAverage: orgRound(r.member_sum / r.pairs),
            managerAverage: r.manager_sum === null ? null : orgRound(r.manager_sum / r.pairs),
            gap: r.manager_sum === null ? null : orgRound((r.manager_sum - r.member_sum) / r.pairs),
          })),
          identified: rows.identified.map((r) => ({ group: r.group, responseId: r.response_id, managers: r.managers, answered: r.answered, right: r.right })),
          felt: rows.felt.map((r) => ({ group: r.group, topicId: r.topic_id, responseId: r.response_id, managers: r.managers, ratings: r.ratings, average: orgRound(r.total / r.ratings) })),
          trained: rows.trained,
        }
      } catch (e) {
        if (e instanceof OrgProblem) throw orgViewError(e)
        throw e
      }
    },
    /** the figures the screen shows, as a workbook (orgExport.ts) */
    async exportXlsx(by: OrgGrouping, from: string, to: string, locale: Locale): Promise<{ fileName: string; base64: string }> {
      const s = await view.summary(by, from, to)
      const words = labels?.(locale) ?? exportLabels({ topics: [], responses: [], scripts: [], checklists: [], assessments: [] }, locale)
      const bytes = await orgSummaryXlsx(s, locale, words)
      return { fileName: `taiwa-organisation-${from}-${to}-${by}.xlsx`, base64: bytes.toString('base64') }
    },
  }
  return view
}
export type OrgViewService = ReturnType<typeof createOrgViewService>
