/**
 * The round feedback of a workshop's CSV / XLSX export, one table per role. Every coded value
 * (topic, requested response, approach, the answers, who entered it, the ticked checklist items)
 * is a label in the workshop's content language, with its id in a `…_id` column beside it.
 */
import type { FeedbackRole } from '../../db/repos/exportQueries'
import { mapRows, type ExportColumnDef, type ExportTableDef } from './exportTableDefs'
import type { ExportRow } from './writers/table'

type Role = FeedbackRole
const DESCRIPTIONS: Record<Role, { ja: string; en: string }> = {
  member: { ja: 'ロールプレイでメンバー役が書いたフィードバック（1 行 1 件）。', en: 'Role-play feedback written in the member’s seat, one row each.' },
  manager: { ja: 'ロールプレイで上司役が書いたふり返り（1 行 1 件）。', en: 'Role-play reflections written in the manager’s seat, one row each.' },
  observer: { ja: 'ロールプレイで観察者が書いたフィードバックとチェック項目（1 行 1 件）。', en: 'Role-play feedback and ticked checklist items from the observer’s seat, one row each.' },
}
const ROLE_NAMES: Record<Role, { ja: string; en: string }> = {
  member: { ja: 'フィードバック（メンバー役）', en: 'feedback (member)' },
  manager: { ja: 'フィードバック（上司役）', en: 'feedback (manager)' },
  observer: { ja: 'フィードバック（観察者）', en: 'feedback (observer)' },
}

const idColumn = (key: string, ja: string, en: string): ExportColumnDef => ({ key: `${key}_id`, header: { ja: `${ja}ID`, en: `${en} ID` }, type: 'text', width: 14 })

const ROLE_COLUMNS: Record<Role, ExportColumnDef[]> = {
  member: [
    { key: 'felt_cleared', header: { ja: 'すっきり度', en: 'Felt cleared' }, type: 'number', width: 10 },
    { key: 'received_response', header: { ja: '受け取った対応', en: 'Response received' }, type: 'text', width: 28 },
    idColumn('received_response', '受け取った対応', 'Response received'),
    { key: 'comment', header: { ja: 'コメント', en: 'Comment' }, type: 'text', width: 40 },
  ],
  manager: [
    { key: 'thought_requested', header: { ja: '求める対応だと思ったもの', en: 'Thought requested' }, type: 'text', width: 28 },
    idColumn('thought_requested', '求める対応だと思ったもの', 'Thought requested'),
    { key: 'identified', header: { ja: '見極め（1=正解）', en: 'Identified (1 = right)' }, type: 'number', width: 12 },
    { key: 'do_differently', header: { ja: '次に変えること', en: 'Would do differently' }, type: 'text', width: 40 },
    { key: 'next_action', header: { ja: '次の 1on1 までに試すこと', en: 'Next action' }, type: 'text', width: 40 },
  ],
  observer: [
    { key: 'seen_response', header: { ja: '見えた対応', en: 'Response seen' }, type: 'text', width: 28 },
    idColumn('seen_response', '見えた対応', 'Response seen'),
    { key: 'ticks', header: { ja: 'チェックした項目', en: 'Items ticked' }, type: 'text', width: 60 },
    idColumn('ticks', 'チェックした項目', 'Items ticked'),
    { key: 'comment', header: { ja: 'コメント', en: 'Comment' }, type: 'text', width: 40 },
  ],
}
const ANSWER_KEYS = ['received_response', 'thought_requested', 'seen_response'] as const

const tickIds = (json: unknown): string[] | null => {
  try {
    const list: unknown = JSON.parse(String(json ?? '[]'))
    return Array.isArray(list) ? list.map(String) : null
  } catch {
    return null
  }
}

export function feedbackExportTable(role: Role): ExportTableDef {
  return {
    name: ROLE_NAMES[role],
    description: DESCRIPTIONS[role],
    columns: [
      { key: 'id', header: { ja: 'フィードバックID', en: 'Feedback ID' }, type: 'text', width: 38 },
      { key: 'round_no', header: { ja: 'ラウンド', en: 'Round' }, type: 'number', width: 8 },
      { key: 'group_no', header: { ja: 'グループ', en: 'Group' }, type: 'number', width: 8 },
      { key: 'display_name', header: { ja: '氏名', en: 'Name' }, type: 'text', width: 20, personal: true },
      { key: 'team', header: { ja: 'チーム', en: 'Team' }, type: 'text', width: 20 },
      { key: 'topic', header: { ja: 'トピック', en: 'Topic' }, type: 'text', width: 24 },
      idColumn('topic', 'トピック', 'Topic'),
      { key: 'response', header: { ja: '求める対応', en: 'Requested response' }, type: 'text', width: 28 },
      idColumn('response', '求める対応', 'Requested response'),
      { key: 'approach', header: { ja: 'アプローチ', en: 'Approach' }, type: 'text', width: 20 },
      idColumn('approach', 'アプローチ', 'Approach'),
      { key: 'entered_by', header: { ja: '入力した人', en: 'Entered by' }, type: 'text', width: 14 },
      idColumn('entered_by', '入力した人', 'Entered by'),
      ...ROLE_COLUMNS[role],
      { key: 'updated_at', header: { ja: '日時', en: 'At' }, type: 'date', width: 18 },
    ],
    rows: (queries, workshopId, labels) =>
      mapRows(queries.feedbackRows(workshopId, role), (row) => {
        const ticks = tickIds(row.ticks_json)
        const approachId = labels.approachIdOf(row.response_id)
        const out: ExportRow = {
          ...row,
          identified: row.thought_requested == null ? null : row.thought_requested === row.response_id ? 1 : 0,
          topic: labels.topic(row.topic_id),
          response: labels.response(row.response_id),
          approach: labels.approach(approachId),
          approach_id: approachId,
          entered_by: labels.enteredBy(row.entered_by),
          entered_by_id: row.entered_by,
          ticks: ticks && labels.checklistItems(ticks),
          ticks_id: ticks && ticks.join(', '),
        }
        for (const key of ANSWER_KEYS) {
          out[`${key}_id`] = row[key]
          out[key] = labels.response(row[key])
        }
        return out
      }),
    count: (queries, workshopId) => queries.feedbackCount(workshopId, role),
  }
}

export const FEEDBACK_EXPORT_TABLES: readonly ExportTableDef[] = (['member', 'manager', 'observer'] as const).map(feedbackExportTable)
