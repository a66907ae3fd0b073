import { describe, expect, it } from 'vitest'
import { buildRosterTable, countRosterRows, rowsToParticipants, validateRosterRows, type RosterDraftRow } from './rosterRows'
import { rosterToCsv } from './rosterExport'
import { parse } from 'csv-parse/sync'

const row = (line: number, cells: Partial<RosterDraftRow['cells']>, excluded = false): RosterDraftRow => ({
  line,
  excluded,
  cells: { displayName: '', reading: '', team: '', workplaceRole: '', employeeId: '', email: '', ...cells },
})

describe('a roster sheet', () => {
  it('finds the header row below a title, maps the columns and skips blank rows', () => {
    const table = buildRosterTable([
      ['2026年度 1on1研修 名簿', ''],
      [],
      ['氏名', '所属', '役割'],
      [' 佐藤 花子 ', '営業1課', 'メンバー'],
      ['', '', ''],
      ['鈴木 一郎', '営業1課', '上司'],
    ])
    expect(table).toMatchObject({ ok: true, headerLine: 3 })
    if (!table.ok) return
    expect(table.rows.map((r) => [r.line, r.cells.displayName, r.cells.workplaceRole])).toEqual([
      [4, '佐藤 花子', 'メンバー'],
      [6, '鈴木 一郎', '上司'],
    ])
  })

  it('says why when there is nothing to read or no name column', () => {
    expect(buildRosterTable([[''], []])).toEqual({ ok: false, reason: 'empty' })
    expect(buildRosterTable([['社員番号', '所属'], ['1', 'A']])).toEqual({ ok: false, reason: 'noNameColumn' })
  })
})

describe('roster row problems', () => {
  it('are a missing name, an unknown role, a value too long and a malformed e-mail', () => {
    const problems = validateRosterRows([
      row(2, { displayName: '   ', workplaceRole: 'member' }),
      row(3, { displayName: '佐藤', workplaceRole: '社長' }),
      row(4, { displayName: 'あ'.repeat(101), email: 'not-an-address' }),
      row(5, { displayName: '鈴木', workplaceRole: 'manager', email: 'suzuki@example.co.jp' }),
    ])
    expect(problems).toEqual([
      [{ kind: 'missingName' }],
      [{ kind: 'unknownRole', value: '社長' }],
      [{ kind: 'tooLong', field: 'displayName', max: 100 }, { kind: 'invalidEmail' }],
      [],
    ])
  })

  it('flag a person listed twice in the file (by employee id, e-mail, or name within a team) on the later line', () => {
    const problems = validateRosterRows([
      row(2, { displayName: '佐藤 花子', team: 'A', employeeId: 'E1' }),
      row(3, { displayName: '佐藤花子', team: 'A' }),
      row(4, { displayName: '佐藤 花子', team: 'B' }),
      row(5, { displayName: '別人', employeeId: 'ｅ１' }),
      row(6, { displayName: '佐藤 花子', team: 'A' }, true),
    ])
    expect(problems).toEqual([[], [{ kind: 'duplicateInFile', line: 2 }], [], [{ kind: 'duplicateInFile', line: 2 }], []])
  })

  it('flag someone already on the roster', () => {
    const existing = [{ displayName: '田中 太郎', team: '開発', employeeId: '', email: 'tanaka@example.com' }]
    const problems = validateRosterRows([row(2, { displayName: '田中 太郎', team: '開発' }), row(3, { displayName: 'T. Tanaka', email: 'TANAKA@example.com' })], existing)
    expect(problems).toEqual([[{ kind: 'duplicateOnRoster', name: '田中 太郎' }], [{ kind: 'duplicateOnRoster', name: '田中 太郎' }]])
  })

  it('are counted, and excluded rows count apart', () => {
    const rows = [row(2, { displayName: 'A' }), row(3, { displayName: '' }), row(4, { displayName: '' }, true)]
    expect(countRosterRows(rows, validateRosterRows(rows))).toEqual({ total: 3, ready: 1, withProblems: 1, excluded: 1 })
  })
})

describe('saving reviewed rows', () => {
  it('gives participants for the included rows once none has a problem', () => {
    const rows = [row(2, { displayName: ' 佐藤 ', workplaceRole: '上司', team: 'A' }), row(3, { displayName: '' }, true), row(4, { displayName: '鈴木' })]
    expect(rowsToParticipants(rows)).toEqual([
      { displayName: '佐藤', reading: '', team: 'A', workplaceRole: 'manager', employeeId: '', email: '' },
      { displayName: '鈴木', reading: '', team: '', workplaceRole: 'member', employeeId: '', email: '' },
    ])
    expect(rowsToParticipants([row(2, { displayName: '' })])).toBeNull()
  })
})

describe('a roster with 姓 / 名 columns', () => {
  it('joins them (and セイ / メイ) with a space into the name and the reading, and reads the job titles', () => {
    const table = buildRosterTable([
      ['姓', '名', 'セイ', 'メイ', '部署', '役職'],
      ['佐藤', '花子', 'サトウ', 'ハナコ', '営業1課', '課長'],
      ['鈴木', '', 'スズキ', '', '営業1課', '一般'],
    ])
    if (!table.ok) throw new Error('not readable')
    expect(rowsToParticipants(table.rows)).toEqual([
      { displayName: '佐藤 花子', reading: 'サトウ ハナコ', team: '営業1課', workplaceRole: 'manager', employeeId: '', email: '' },
      { displayName: '鈴木', reading: 'スズキ', team: '営業1課', workplaceRole: 'member', employeeId: '', email: '' },
    ])
  })
})

describe('the exported roster', () => {
  it('gives back every formula-like value exactly, also one that already began with an apostrophe', () => {
    const names = ['=SUM(1)', '+81 3', '-x', '@team', '＝１', "'=already", "''=twice", "'plain", 'ok']
    const people = names.map((displayName, i) => ({ displayName, reading: '', team: `T${i}`, workplaceRole: 'member' as const, employeeId: '', email: '' }))
    const csv = rosterToCsv(people, 'ja')
    const records = parse(csv, { bom: true }) as string[][]
    expect(records.slice(1).every((r) => !/^[=+\-@＝]/.test(r[0] ?? ''))).toBe(true)
    const table = buildRosterTable(records)
    if (!table.ok) throw new Error('not readable')
    expect(rowsToParticipants(table.rows)?.map((p) => p.displayName)).toEqual(names)
  })

  it('reads back through the import with the same people, in either language', () => {
    const people = [
      { displayName: '佐藤 花子', reading: 'さとう はなこ', team: '営業1課', workplaceRole: 'manager' as const, employeeId: '0012', email: 'sato@example.com' },
      { displayName: '=cmd', reading: '', team: 'A, B', workplaceRole: 'member' as const, employeeId: '', email: '' },
    ]
    for (const locale of ['ja', 'en'] as const) {
      const csv = rosterToCsv(people, locale)
      expect(csv.startsWith('\uFEFF')).toBe(true)
      const table = buildRosterTable(parse(csv, { bom: true }) as string[][])
      if (!table.ok) throw new Error('not readable')
      const back = rowsToParticipants(table.rows)
      expect(back?.[0]).toEqual(people[0])
      // the formula-like name is neutralised in the file and comes back as it was typed
      expect(csv).toContain("'=cmd")
      expect(back?.[1]).toEqual(people[1])
    }
  })
})
