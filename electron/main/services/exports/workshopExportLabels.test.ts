import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { useTimeZone } from '../../../../tests/support/timeZone'
import { seedSummaryWorkshopVia } from '../../../../tests/support/summaryWorkshop'
import { settledExport } from '../../../../tests/support/dispatchCalls'
import { exportedFile } from '../../../../tests/support/exportedFiles'
import { useTestContext } from '../../../../tests/support/testContext'

/** What leaves the app as CSV / XLSX speaks in words and local times, with ids beside the words. */
describe('workshop exports people read', () => {
  const t = useTestContext()
  // the machine of a trainer in Japan
  useTimeZone('Asia/Tokyo')

  async function files(kind: 'workshop.csv' | 'workshop.xlsx', workshopId: string): Promise<Map<string, Buffer>> {
    const { jobId } = (await t.call('exports.start', { kind, workshopId, includeNames: true })) as { jobId: string }
    const done = await settledExport(t.ctx, jobId)
    const out = new Map<string, Buffer>()
    for (const [file, { name }] of done.files.entries()) {
      out.set(name.replace(/^.* - |\.csv$/g, ''), await exportedFile(t.ctx, jobId, file))
    }
    return out
  }
  const csvOf = (bytes: Buffer | undefined): string[][] => parse(bytes?.toString('utf8') ?? '', { bom: true }) as string[][]
  const column = (table: string[][], header: string): string[] => {
    const at = table[0]?.indexOf(header) ?? -1
    if (at < 0) throw new Error(`no column ${header} in ${table[0]?.join(', ')}`)
    return table.slice(1).map((r) => r[at] ?? '')
  }

  async function seedWithTicks(): Promise<string> {
    const { workshopId } = await seedSummaryWorkshopVia(t.seedCall)
    const plan = await t.call('sessions.getPlan', { workshopId })
    const group = plan?.rounds[0]?.groups[0]
    const observer = group?.seats.find((s) => s.role === 'observer')
    if (!observer) throw new Error('no observer seat')
    await t.call('sessions.submitFeedback', {
      workshopId,
      roundIndex: 0,
      groupIndex: 0,
      participantId: observer.participantId,
      enteredBy: 'self',
      body: { role: 'observer', ticks: ['grasp-topic', 'answer-first'], seenResponse: 'unsure', comment: '' },
    })
    return workshopId
  }

  it('CSV: coded values as Japanese labels with their ids beside them, times local as yyyy-mm-dd hh:mm', async () => {
    const workshopId = await seedWithTicks()
    const csv = await files('workshop.csv', workshopId)
    for (const [name, bytes] of csv) expect(bytes.toString('utf8'), name).not.toMatch(/\d{2}:\d{2}:\d{2}(\.\d+)?Z/)

    const observers = csvOf(csv.get('フィードバック（観察者）'))
    expect(observers[0]).toEqual(expect.arrayContaining(['トピック', 'トピックID', '求める対応', '求める対応ID', 'アプローチ', 'アプローチID', '入力した人', '入力した人ID']))
    const topics = column(observers, 'トピック')
    const topicIds = column(observers, 'トピックID')
    expect(topicIds.every((id) => /^[a-z-]+$/.test(id))).toBe(true)
    expect(topics.every((label, i) => label !== topicIds[i] && label.length > 0)).toBe(true)
    expect(column(observers, '求める対応ID')).toContain('advice')
    const advice = column(observers, '求める対応ID').indexOf('advice')
    expect(column(observers, '求める対応')[advice]).toBe('具体的なやり方を教えてほしい')
    expect(column(observers, 'アプローチ')[advice]).toBe('ティーチング')
    const ticked = column(observers, 'チェックした項目ID').indexOf('grasp-topic, answer-first')
    expect(ticked).toBeGreaterThanOrEqual(0)
    expect(column(observers, 'チェックした項目')[ticked]).toBe('何について話したいかを確かめた、自分の意見より先に、求めに応えた')
    expect(column(observers, '見えた対応')[ticked]).toBe('わからない')
    expect(column(observers, '入力した人')[ticked]).toBe('本人')
    expect(column(observers, '入力した人')).toContain('トレーナーが代わりに入力')
    expect(column(observers, '日時')[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)

    const people = csvOf(csv.get('参加者'))
    expect(new Set(column(people, '役割'))).toEqual(new Set(['マネジャー', 'メンバー']))
    expect(new Set(column(people, '役割ID'))).toEqual(new Set(['manager', 'member']))

    const checks = csvOf(csv.get('セルフチェック'))
    expect(checks[0]).toContain('Q1（Lv1）上司との1on1は定期的に行われていて、緊張せずに話せている。')
    expect(new Set(column(checks, '時点'))).toEqual(new Set(['研修前', '研修直後']))
    expect(new Set(column(checks, '立場'))).toEqual(new Set(['メンバー']))
    const statements = csvOf(csv.get('設問'))
    expect(statements[1]?.slice(0, 4)).toEqual(['Q1', 'lv1-regular', 'レベル', 'Lv1'])
  })

  it('XLSX: a README sheet first (sheets, time zone, threshold), real local dates, and the workshop’s content language', async () => {
    const workshopId = await seedWithTicks()
    const current = await t.call('workshops.get', { id: workshopId })
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = current
    await t.call('workshops.update', { id: workshopId, fields: { ...fields, contentLocale: 'en', privacyMinPeople: 4 } })
    const xlsx = [...(await files('workshop.xlsx', workshopId)).values()][0]
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer)
    const names = workbook.worksheets.map((w) => w.name)
    expect(names[0]).toBe('README')
    const readme = workbook.worksheets[0]!
    const text = readme.getSheetValues().flat().map(String).join('\n')
    expect(text).toContain('Asia/Tokyo (UTC+09:00)')
    expect(text).toContain('at least 4 people')
    for (const name of names.slice(1)) expect(text, name).toContain(`Sheet “${name}”`)

    // the screen is in Japanese, the workshop's content in English: the file speaks English
    const observers = workbook.getWorksheet('feedback (observer)')!
    const headers = (observers.getRow(1).values as unknown[]).map(String)
    expect(headers).toEqual(expect.arrayContaining(['Topic', 'Topic ID', 'Requested response', 'Requested response ID', 'Approach', 'Entered by']))
    const atColumn = headers.indexOf('At')
    const at = observers.getRow(2).getCell(atColumn).value
    expect(at).toBeInstanceOf(Date)
    expect(observers.getRow(2).getCell(atColumn).numFmt).toBe('yyyy-mm-dd hh:mm')
    // Excel shows the stored wall-clock fields: Tokyo time, nine hours ahead of UTC
    const stored = (await t.call('sessions.listFeedback', { workshopId })).map((f) => f.updatedAt)
    const shown = (at as Date).toISOString().slice(0, 16)
    expect(stored.map((iso) => new Date(new Date(iso).getTime() + 9 * 3_600_000).toISOString().slice(0, 16))).toContain(shown)
    let utcStrings = 0
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string' && /\d{2}:\d{2}:\d{2}(\.\d+)?Z/.test(cell.value)) utcStrings += 1
        }),
      ),
    )
    expect(utcStrings).toBe(0)
  })
})
