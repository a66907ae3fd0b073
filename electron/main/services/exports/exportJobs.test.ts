import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { ExportJobStatus } from '@shared/ipc/channels/exports'
import type { DesktopShell } from '../../shell'
import { fakeDesktopShell } from '../../../../tests/support/fakeDesktopShell'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { settledExport } from '../../../../tests/support/dispatchCalls'
import { useTestContext } from '../../../../tests/support/testContext'
import { workshopFields } from '../../../../tests/support/workshopFields'
import { seedSummaryWorkshopVia } from '../../../../tests/support/summaryWorkshop'

const fields = workshopFields('勉強会: 営業/企画 <合同>')

describe('export jobs', () => {
  const t = useTestContext({ lazy: true })
  function open(shell?: Partial<DesktopShell>): { dir: string } {
    t.open({ shell: shell && fakeDesktopShell(shell) })
    return { dir: t.dir }
  }
  const { callAs: call } = t
  const settle = (jobId: string): Promise<ExportJobStatus> => settledExport(t.ctx, jobId)
  function seed(people: number): string {
    const id = crypto.randomUUID()
    const now = new Date().toISOString()
    t.ctx.db.prepare(`INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES (?, ?, 'ja', ?, ?)`).run(id, fields.title, now, now)
    const insert = t.ctx.db.prepare(
      `INSERT INTO participants (id, workshop_id, display_name, team, workplace_role, email, created_at, updated_at) VALUES (?, ?, ?, ?, 'member', ?, ?, ?)`,
    )
    t.ctx.db.transaction(() => {
      for (let i = 0; i < people; i++) insert.run(crypto.randomUUID(), id, i === 0 ? '=cmd|calc' : `参加者${i}`, i % 2 ? '営業1課' : '営業2課', `p${i}@example.jp`, now, now)
    })()
    return id
  }

  it("uses the workshop's own privacy threshold in the summary file", async () => {
    open()
    const { workshopId, teams } = await seedSummaryWorkshopVia((channel, input) => call(channel, input))
    const summaryCsv = async (): Promise<string[][]> => {
      const start = await call<{ jobId: string }>('exports.start', { kind: 'workshop.csv', workshopId })
      await settle(start.jobId)
      const chunk = await call<{ base64: string }>('exports.readChunk', { jobId: start.jobId, file: 0, offset: 0 })
      await call('exports.discard', { jobId: start.jobId })
      return parse(Buffer.from(chunk.base64, 'base64').toString('utf8'), { bom: true }) as string[][]
    }
    const large = teams[0] as string
    const rowOf = (rows: string[][]) => rows.find((r) => r[0] === large) ?? []
    // six people (and an anonymous code before): the self-check figures are shown under the default of 5
    const rows = await summaryCsv()
    const note = rowOf(rows).at(-1)
    // its role-play is hidden while fewer than 5 of its people practised the manager (groups go by
    // the manager's team; how many did depends on the dealt plan)
    const practised = Number(rowOf(rows)[(rows[0] ?? []).indexOf('上司役を練習した人数')])
    expect(practised, JSON.stringify(rows[0])).toBeGreaterThan(0)
    if (practised < 5) expect(note).toBe(`ロールプレイ: 上司役を練習した人 ${practised} 人。5 人以上で表示します。`)
    else expect(note).toBe('')
    // ... hidden once the trainer asks for at least 7
    const { id: _id, createdAt: _c, updatedAt: _u, ...current } = await call<Record<string, unknown>>('workshops.get', { id: workshopId })
    await call('workshops.update', { id: workshopId, fields: { ...current, privacyMinPeople: 7 } })
    expect(rowOf(await summaryCsv()).at(-1)).toContain('研修直後: 回答者 6 人。7 人以上で表示します。')
  })

  it('browser host: writes a CSV per table into a download copy, served in slices, gone after discard', async () => {
    open()
    const workshopId = seed(30)
    const start = await call<{ started: true; jobId: string }>('exports.start', { kind: 'workshop.csv', workshopId })
    const done = await settle(start.jobId)
    expect(done).toMatchObject({ state: 'done', progress: 1, savedTo: 'download' })
    expect(done.files.map((f) => f.name)).toEqual([
      '勉強会 営業 企画 合同 - まとめ.csv',
      '勉強会 営業 企画 合同 - 参加者.csv',
      '勉強会 営業 企画 合同 - セルフチェック.csv',
      '勉強会 営業 企画 合同 - 設問.csv',
      '勉強会 営業 企画 合同 - フィードバック（メンバー役）.csv',
      '勉強会 営業 企画 合同 - フィードバック（上司役）.csv',
      '勉強会 営業 企画 合同 - フィードバック（観察者）.csv',
      '勉強会 営業 企画 合同 - クイズ.csv',
      '勉強会 営業 企画 合同 - パルス.csv',
      '勉強会 営業 企画 合同 - コンテンツパック.csv',
    ])
    const chunk = await call<{ base64: string; nextOffset: number | null }>('exports.readChunk', { jobId: start.jobId, file: 1, offset: 0 })
    expect(chunk.nextOffset).toBeNull()
    const text = Buffer.from(chunk.base64, 'base64').toString('utf8')
    const records = parse(text, { bom: true }) as string[][]
    expect(records[0]).toEqual(['参加者ID', 'チーム', '役割', '役割ID', '登録日時']) // no personal columns unless asked
    // the role as a word, its id beside it; the time local, as Excel reads a date
    expect(records[1]?.slice(2, 4)).toEqual(['メンバー', 'member'])
    expect(records[1]?.[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(records).toHaveLength(31)
    await call('exports.discard', { jobId: start.jobId })
    const envelope = await t.ctx.dispatch('exports.status', { jobId: start.jobId }, 'trainer')
    expect(envelope.ok).toBe(false)
  })

  it('desktop: writes where the user chose, names only when asked; a dismissed dialog starts nothing', async () => {
    const out = makeTempDir()
    onTestFinished(out.cleanup)
    let answer: string | null = join(out.dir, 'chosen.csv')
    const suggested: string[] = []
    open({
      chooseSavePath: async (name) => {
        suggested.push(name)
        return answer
      },
      printToPdf: async () => new TextEncoder().encode('%PDF-1.4 fake'),
    })
    const workshopId = seed(5)
    const start = await call<{ started: true; jobId: string }>('exports.start', { kind: 'workshop.csv', workshopId, includeNames: true })
    expect(await settle(start.jobId)).toMatchObject({ state: 'done', savedTo: 'disk' })
    expect(suggested).toEqual(['勉強会 営業 企画 合同.csv'])
    const csv = readFileSync(join(out.dir, 'chosen - 参加者.csv'), 'utf8')
    expect(csv).toContain('氏名')
    expect(csv).toContain(`'=cmd|calc`)

    answer = join(out.dir, 'summary.pdf')
    const pdf = await call<{ started: true; jobId: string }>('exports.start', { kind: 'workshop.pdf', workshopId })
    expect(await settle(pdf.jobId)).toMatchObject({ state: 'done' })
    expect(readFileSync(answer, 'utf8')).toBe('%PDF-1.4 fake')
    answer = null
    expect(await call('exports.start', { kind: 'workshop.xlsx', workshopId })).toEqual({ started: false, reason: 'dismissed' })
  })

  it('cancelling a long export leaves no file; a missing workshop or an unavailable kind is refused', async () => {
    const { dir } = open()
    const workshopId = seed(60_000)
    const start = await call<{ started: true; jobId: string }>('exports.start', { kind: 'workshop.xlsx', workshopId })
    // the job runs in chunks: the app answers other requests meanwhile, and sees progress
    let status = await call<ExportJobStatus>('exports.status', { jobId: start.jobId })
    while (status.progress === 0 && status.state === 'running') {
      await call('workshops.list', {})
      await new Promise((done) => setTimeout(done, 2))
      status = await call<ExportJobStatus>('exports.status', { jobId: start.jobId })
    }
    expect(status.state).toBe('running')
    await call('exports.cancel', { jobId: start.jobId })
    expect(await settle(start.jobId)).toMatchObject({ state: 'cancelled', files: [] })
    const scratch = join(dir, 'export-downloads')
    expect(existsSync(scratch) ? readdirSync(scratch) : []).toEqual([])

    const missing = await t.ctx.dispatch('exports.start', { kind: 'workshop.csv', workshopId: crypto.randomUUID() }, 'trainer')
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const pdf = await t.ctx.dispatch('exports.start', { kind: 'workshop.pdf', workshopId }, 'trainer')
    expect(pdf).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})
