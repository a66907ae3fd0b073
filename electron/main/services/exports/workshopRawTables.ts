/**
 * The raw self-check rows of a workshop's CSV / XLSX export: every self-assessment (level,
 * perspective scores, each answer), and the questionnaire's statements with their ids, so a
 * reader knows what each answer column asked. Rows are read in pages (db/repos/exportQueries.ts).
 */
import { PERSPECTIVE_IDS } from '@shared/content/assessmentIds'
import type { Assessment } from '@shared/content/assessmentSchema'
import { respondentTag, type Timing } from '@shared/domain/assessment'
import { EXPORT_WORDS } from '@shared/i18n/exportWords'
import { mapRows, type ExportColumnDef, type ExportTableDef } from './exportTableDefs'
import type { ExportRow } from './writers/table'
import { TIMING_LABELS } from './workshopSummarySheets'

export const PERSPECTIVE_HEADERS: Record<(typeof PERSPECTIVE_IDS)[number], { ja: string; en: string }> = {
  trust: { ja: '相互理解・信頼', en: 'Mutual understanding / trust' },
  safety: { ja: '心理的安全性', en: 'Psychological safety' },
  proactive: { ja: '主体的な仕事', en: 'Proactive work' },
  growth: { ja: '成長', en: 'Growth' },
  career: { ja: 'キャリア', en: 'Career' },
}

const parse = (text: unknown): Record<string, unknown> => {
  try {
    return typeof text === 'string' ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

type Statement = Assessment['statements'][number]

/**
 * One number column per statement of the questionnaire, in its order, headed by its number,
 * group and wording in the content language (the statement's id is in the statements table).
 */
export function assessmentsExportTable(statements: readonly Pick<Statement, 'id'>[]): ExportTableDef {
  return {
    name: { ja: 'セルフチェック', en: 'self-checks' },
    description: {
      ja: 'セルフチェックの回答（1 行 1 回答）。Q1… の列は各設問への答え（1〜5）で、設問の文と ID はシート「設問」にあります。',
      en: 'Self-check answers, one row per answer. The Q1… columns hold each statement’s answer (1-5); the wording and ids are in the statements sheet.',
    },
    columns: [
      { key: 'id', header: { ja: '回答ID', en: 'Answer ID' }, type: 'text', width: 38 },
      { key: 'timing', header: { ja: '時点', en: 'Timing' }, type: 'text', width: 14 },
      { key: 'timing_id', header: { ja: '時点ID', en: 'Timing ID' }, type: 'text', width: 10 },
      { key: 'respondent', header: { ja: '回答者（コード）', en: 'Respondent (code)' }, type: 'text', width: 12 },
      { key: 'respondent_name', header: { ja: '氏名', en: 'Name' }, type: 'text', width: 20, personal: true },
      { key: 'side', header: { ja: '立場', en: 'Side' }, type: 'text', width: 10 },
      { key: 'side_id', header: { ja: '立場ID', en: 'Side ID' }, type: 'text', width: 10 },
      { key: 'manager_name', header: { ja: '上司', en: 'Manager' }, type: 'text', width: 20, personal: true },
      { key: 'team', header: { ja: 'チーム', en: 'Team' }, type: 'text', width: 20 },
      { key: 'level', header: { ja: 'レベル', en: 'Level' }, type: 'number', width: 8 },
      ...PERSPECTIVE_IDS.map((p): ExportColumnDef => ({ key: `p_${p}`, header: PERSPECTIVE_HEADERS[p], type: 'number', width: 14 })),
      ...statements.map((s): ExportColumnDef => ({ key: `a_${s.id}`, header: (labels) => labels.statementHeader(s.id), type: 'number', width: 14 })),
      { key: 'created_at', header: { ja: '回答日時', en: 'Answered at' }, type: 'date', width: 18 },
    ],
    rows: (queries, workshopId, labels) =>
      mapRows(queries.assessmentRows(workshopId), (row) => {
        const scores = parse(row.perspective_scores)
        const answers = parse(row.answers)
        const out: ExportRow = {
          id: row.id,
          timing: TIMING_LABELS[row.timing as Timing]?.[labels.locale] ?? row.timing,
          timing_id: row.timing,
          respondent: respondentTag(String(row.respondent_key)),
          respondent_name: row.respondent_name,
          side: labels.side(row.side),
          side_id: row.side,
          manager_name: row.manager_name,
          team: row.team,
          level: row.level,
          created_at: row.created_at,
        }
        for (const p of PERSPECTIVE_IDS) out[`p_${p}`] = typeof scores[p] === 'number' ? scores[p] : null
        for (const { id } of statements) {
          const answer = answers[id]
          out[`a_${id}`] = typeof answer === 'number' ? answer : null
        }
        return out
      }),
    count: (queries, workshopId) => queries.assessmentCount(workshopId),
  }
}

/**
 * The questionnaire itself: what each answer column of the self-check table asked, with its id.
 * `questionnaireOf` gives the workshop's own wording (its chosen packs'): the words people read.
 */
export function statementsExportTable(questionnaireOf: (workshopId: string) => Pick<Assessment, 'statements' | 'perspectives'> | undefined): ExportTableDef {
  return {
    name: { ja: '設問', en: 'statements' },
    description: { ja: 'セルフチェックの設問（番号、ID、メンバー向けと上司向けの文）。', en: 'The self-check statements: number, id, and the wording for members and for managers.' },
    columns: [
      { key: 'no', header: { ja: '番号', en: 'No.' }, type: 'text', width: 6 },
      { key: 'statement_id', header: { ja: '設問ID', en: 'Statement ID' }, type: 'text', width: 18 },
      { key: 'kind', header: { ja: '種類', en: 'Kind' }, type: 'text', width: 10 },
      { key: 'group', header: { ja: 'レベル・観点', en: 'Level / perspective' }, type: 'text', width: 20 },
      { key: 'member', header: { ja: 'メンバー向けの文', en: 'Wording for members' }, type: 'text', width: 60 },
      { key: 'manager', header: { ja: '上司向けの文', en: 'Wording for managers' }, type: 'text', width: 60 },
    ],
    rows: (_queries, workshopId, { locale }) => {
      const assessment = questionnaireOf(workshopId)
      return (assessment?.statements ?? []).map((s, i): ExportRow => ({
        no: `Q${i + 1}`,
        statement_id: s.id,
        kind: EXPORT_WORDS.statementKind[s.kind][locale],
        group: s.kind === 'level' ? `Lv${s.level}` : (assessment?.perspectives.find((p) => p.id === s.perspective)?.name[locale] ?? s.perspective),
        member: s.member[locale],
        manager: s.manager[locale],
      }))
    },
    count: (_queries, workshopId) => questionnaireOf(workshopId)?.statements.length ?? 0,
  }
}
