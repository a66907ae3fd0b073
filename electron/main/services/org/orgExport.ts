import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ExportLabels } from '@shared/domain/exportLabels'
import type { OrgSummary } from '@shared/domain/orgSummary'
import type { Locale } from '@shared/i18n/locales'
import { fillWords } from '@shared/i18n/exportWords'
import { ORG_EXPORT_WORDS as W } from '@shared/i18n/orgExportWords'
import type { ExportColumn, ExportTable } from '../exports/writers/table'
import { writeWorkbook } from '../exports/writers/xlsxWriter'

/**
 * The organisation view as an XLSX workbook: a README sheet (period, grouping, threshold and what
 * "hidden" means), then one sheet per figure with the very rows the screen shows. The rows are
 * the server's (already through the threshold); within a row only the managers' average and the
 * gap can be hidden, and those cells say why.
 */
const GROUP_WORD = { team: W.team, place: W.place, trainer: W.trainer, period: W.quarter } as const

export function orgSummarySheets(s: OrgSummary, locale: Locale, labels: ExportLabels): ExportTable[] {
  const w = (words: Readonly<Record<Locale, string>>): string => words[locale]
  const col = (key: string, header: string, type: ExportColumn['type'] = 'number', figure = false): ExportColumn => ({ key, header, type, figure })
  const group = col('group', w(GROUP_WORD[s.by]), 'text')
  const timing = (t: keyof typeof W.timings): string => w(W.timings[t] ?? { ja: t, en: t })
  const hidden = fillWords(w(W.hiddenManagers), { min: s.minPeople })
  return [
    {
      name: w(W.readme),
      columns: [col('item', w(W.item), 'text'), col('value', w(W.value), 'text')],
      rows: [
        { item: w(W.period), value: `${s.from} – ${s.to}` },
        { item: w(W.by), value: w(GROUP_WORD[s.by]) },
        { item: w(W.workshops), value: String(s.workshops) },
        { item: w(W.privacy), value: fillWords(w(W.privacyText), { min: s.minPeople }) },
      ],
    },
    {
      name: w(W.levels),
      columns: [group, col('timing', w(W.timing), 'text'), col('people', w(W.people)), ...[1, 2, 3, 4, 5, 6].map((l) => col(`lv${l}`, `Lv${l}`)), col('average', w(W.average))],
      rows: s.levels.map((r) => ({ group: r.group, timing: timing(r.timing), people: r.people, ...Object.fromEntries(r.levelCounts.map((n, i) => [`lv${i + 1}`, n])), average: r.average })),
    },
    {
      name: w(W.changes),
      columns: [group, col('people', w(W.people)), col('before', w(W.before)), col('after', w(W.after))],
      rows: s.changes.map((r) => ({ group: r.group, people: r.people, before: r.before, after: r.after })),
    },
    {
      name: w(W.gaps),
      columns: [group, col('timing', w(W.timing), 'text'), col('members', w(W.members)), col('memberAverage', w(W.memberAverage)),
        col('managerAverage', w(W.managerAverage), 'number', true), col('gap', w(W.gap), 'number', true), col('note', w(W.note), 'text')],
      rows: s.gaps.map((r) => ({
        group: r.group,
        timing: timing(r.timing),
        members: r.members,
        memberAverage: r.memberAverage,
        managerAverage: r.managerAverage ?? w(W.hidden),
        gap: r.gap ?? w(W.hidden),
        note: r.managerAverage === null ? hidden : null,
      })),
    },
    {
      name: w(W.identified),
      columns: [group, col('response', w(W.response), 'text'), col('managers', w(W.managers)), col('answered', w(W.answered)), col('right', w(W.right)), col('rate', w(W.rate), 'percent')],
      rows: s.identified.map((r) => ({ group: r.group, response: labels.response(r.responseId), managers: r.managers, answered: r.answered, right: r.right, rate: r.answered > 0 ? r.right / r.answered : null })),
    },
    {
      name: w(W.felt),
      columns: [group, col('topic', w(W.topic), 'text'), col('response', w(W.response), 'text'), col('managers', w(W.managers)), col('ratings', w(W.ratings)), col('average', w(W.average))],
      rows: s.felt.map((r) => ({ group: r.group, topic: labels.topic(r.topicId), response: labels.response(r.responseId), managers: r.managers, ratings: r.ratings, average: r.average })),
    },
    {
      name: w(W.trained),
      columns: [col('period', w(W.quarter), 'text'), col('managers', w(W.managers))],
      rows: [...s.trained].sort((a, b) => a.period.localeCompare(b.period)).map((r) => ({ period: r.period, managers: r.managers })),
    },
  ]
}

/** the workbook's bytes (a few hundred rows: written to a temp file by the shared writer, then read) */
export async function orgSummaryXlsx(s: OrgSummary, locale: Locale, labels: ExportLabels): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'taiwa-org-xlsx-'))
  try {
    const file = join(dir, 'organisation.xlsx')
    await writeWorkbook(file, orgSummarySheets(s, locale, labels))
    return readFileSync(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
