/**
 * The raw rows of a workshop's CSV / XLSX export beyond the roster: every
 * self-assessment (level, perspective scores, each answer) and the round
 * feedback, one table per role. Rows are read in pages (db/repos/exportQueries.ts).
 */
import { PERSPECTIVE_IDS } from '@shared/content/assessmentIds'
import { respondentTag, type Timing } from '@shared/domain/assessment'
import type { FeedbackRole } from '../../db/repos/exportQueries'
import type { ExportColumnDef, ExportTableDef } from './exportTableDefs'
import type { ExportRow } from './writers/table'
import { TIMING_LABELS } from './workshopSummarySheets'

const SIDE_LABELS = { member: { ja: 'メンバー', en: 'Member' }, manager: { ja: '上司', en: 'Manager' } } as const
const PERSPECTIVE_HEADERS: Record<(typeof PERSPECTIVE_IDS)[number], { ja: string; en: string }> = {
  trust: { ja: '相互理解・信頼', en: 'Mutual understanding / trust' },
  safety: { ja: '心理的安全性', en: 'Psychological safety' },
  proactive: { ja: '主体的な仕事', en: 'Proactive work' },
  growth: { ja: '成長', en: 'Growth' },
  career: { ja: 'キャリア', en: 'Career' },
}

function* mapped(rows: Iterable<ExportRow>, f: (row: ExportRow) => ExportRow): Generator<ExportRow> {
  for (const row of rows) yield f(row)
}
const parse = (text: unknown): Record<string, unknown> => {
  try {
    return typeof text === 'string' ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** `answers` are the statement ids of the questionnaire, in its order: one number column each. */
export function assessmentsExportTable(ids: readonly string[]): ExportTableDef {
  return {
    name: { ja: 'セルフチェック', en: 'self-checks' },
    columns: [
      { key: 'id', header: { ja: 'ID', en: 'ID' }, type: 'text', width: 38 },
      { key: 'timing', header: { ja: '時点', en: 'Timing' }, type: 'text', width: 14 },
      { key: 'respondent', header: { ja: '回答者（コード）', en: 'Respondent (code)' }, type: 'text', width: 12 },
      { key: 'respondent_name', header: { ja: '氏名', en: 'Name' }, type: 'text', width: 20, personal: true },
      { key: 'side', header: { ja: '立場', en: 'Side' }, type: 'text', width: 10 },
      { key: 'manager_name', header: { ja: '上司', en: 'Manager' }, type: 'text', width: 20, personal: true },
      { key: 'team', header: { ja: 'チーム', en: 'Team' }, type: 'text', width: 20 },
      { key: 'level', header: { ja: 'レベル', en: 'Level' }, type: 'number', width: 8 },
      ...PERSPECTIVE_IDS.map((p): ExportColumnDef => ({ key: `p_${p}`, header: PERSPECTIVE_HEADERS[p], type: 'number', width: 14 })),
      ...ids.map((s): ExportColumnDef => ({ key: `a_${s}`, header: { ja: s, en: s }, type: 'number', width: 8 })),
      { key: 'created_at', header: { ja: '回答日時', en: 'Answered at' }, type: 'date', width: 18 },
    ],
    rows: (queries, workshopId, locale) =>
      mapped(
        queries.assessmentRows(workshopId),
        (row) => {
          const scores = parse(row.perspective_scores)
          const answers = parse(row.answers)
          const out: ExportRow = {
            id: row.id,
            timing: TIMING_LABELS[row.timing as Timing]?.[locale] ?? row.timing,
            respondent: respondentTag(String(row.respondent_key)),
            respondent_name: row.respondent_name,
            side: SIDE_LABELS[row.side as keyof typeof SIDE_LABELS]?.[locale] ?? row.side,
            manager_name: row.manager_name,
            team: row.team,
            level: row.level,
            created_at: row.created_at,
          }
          for (const p of PERSPECTIVE_IDS) out[`p_${p}`] = typeof scores[p] === 'number' ? scores[p] : null
          for (const s of ids) out[`a_${s}`] = typeof answers[s] === 'number' ? answers[s] : null
          return out
        },
      ),
    count: (queries, workshopId) => queries.assessmentCount(workshopId),
  }
}

type Role = FeedbackRole
const ROLE_NAMES: Record<Role, { ja: string; en: string }> = {
  member: { ja: 'フィードバック（メンバー役）', en: 'feedback (member)' },
  manager: { ja: 'フィードバック（上司役）', en: 'feedback (manager)' },
  observer: { ja: 'フィードバック（観察者）', en: 'feedback (observer)' },
}
const ROLE_COLUMNS: Record<Role, ExportColumnDef[]> = {
  member: [
    { key: 'felt_cleared', header: { ja: 'すっきり度', en: 'Felt cleared' }, type: 'number', width: 10 },
    { key: 'received_response', header: { ja: '受け取った対応', en: 'Response received' }, type: 'text', width: 16 },
    { key: 'comment', header: { ja: 'コメント', en: 'Comment' }, type: 'text', width: 40 },
  ],
  manager: [
    { key: 'thought_requested', header: { ja: '依頼だと思った対応', en: 'Thought requested' }, type: 'text', width: 16 },
    { key: 'identified', header: { ja: '見極め（1=正解）', en: 'Identified (1 = right)' }, type: 'number', width: 12 },
    { key: 'do_differently', header: { ja: '次に変えること', en: 'Would do differently' }, type: 'text', width: 40 },
    { key: 'next_action', header: { ja: '次の 1on1 までに試すこと', en: 'Next action' }, type: 'text', width: 40 },
  ],
  observer: [
    { key: 'seen_response', header: { ja: '見えた対応', en: 'Response seen' }, type: 'text', width: 16 },
    { key: 'ticks', header: { ja: 'チェックした項目', en: 'Items ticked' }, type: 'text', width: 40 },
    { key: 'comment', header: { ja: 'コメント', en: 'Comment' }, type: 'text', width: 40 },
  ],
}

export function feedbackExportTable(role: Role): ExportTableDef {
  return {
    name: ROLE_NAMES[role],
    columns: [
      { key: 'id', header: { ja: 'ID', en: 'ID' }, type: 'text', width: 38 },
      { key: 'round_no', header: { ja: 'ラウンド', en: 'Round' }, type: 'number', width: 8 },
      { key: 'group_no', header: { ja: 'グループ', en: 'Group' }, type: 'number', width: 8 },
      { key: 'display_name', header: { ja: '氏名', en: 'Name' }, type: 'text', width: 20, personal: true },
      { key: 'team', header: { ja: 'チーム', en: 'Team' }, type: 'text', width: 20 },
      { key: 'topic_id', header: { ja: 'テーマ', en: 'Topic' }, type: 'text', width: 14 },
      { key: 'response_id', header: { ja: '依頼された対応', en: 'Requested response' }, type: 'text', width: 16 },
      { key: 'entered_by', header: { ja: '入力', en: 'Entered by' }, type: 'text', width: 10 },
      ...ROLE_COLUMNS[role],
      { key: 'updated_at', header: { ja: '日時', en: 'At' }, type: 'date', width: 18 },
    ],
    rows: (queries, workshopId) =>
      mapped(
        queries.feedbackRows(workshopId, role),
        (row) => {
          const ticks = (() => {
            try {
              const list: unknown = JSON.parse(String(row.ticks_json ?? '[]'))
              return Array.isArray(list) ? list.join(', ') : null
            } catch {
              return null
            }
          })()
          return { ...row, ticks, identified: row.thought_requested == null ? null : row.thought_requested === row.response_id ? 1 : 0 }
        },
      ),
    count: (queries, workshopId) => queries.feedbackCount(workshopId, role),
  }
}

export const FEEDBACK_EXPORT_TABLES: readonly ExportTableDef[] = (['member', 'manager', 'observer'] as const).map(feedbackExportTable)
