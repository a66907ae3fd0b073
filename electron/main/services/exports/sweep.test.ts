import { describe, expect, it } from 'vitest'
import { settledExport } from '../../../../tests/support/dispatchCalls'
import { scratchEntries, useTestContext } from '../../../../tests/support/testContext'
import { workshopFields } from '../../../../tests/support/workshopFields'
import { ABANDONED_UPLOAD_TTL_MS } from './workshopBundle'
import { FINISHED_JOB_TTL_MS } from './exportJobs'

const fields = workshopFields('sweep')

describe('what an export or an import leaves in memory is swept after a while', () => {
  let clock = Date.parse('2026-03-01T09:00:00Z')
  const t = useTestContext({ now: () => new Date(clock) })

  it('forgets a finished export nobody discarded, with its download copy, once it is older than the limit', async () => {
    const workshop = await t.call('workshops.create', { fields })
    const started = await t.call('exports.start', { kind: 'workshop.csv', workshopId: workshop.id, includeNames: false })
    if (!started.started) throw new Error('not started')
    expect((await settledExport(t.ctx, started.jobId)).state).toBe('done')
    expect(scratchEntries(t.dir)).toHaveLength(1)

    clock += FINISHED_JOB_TTL_MS - 1000
    expect((await t.call('exports.status', { jobId: started.jobId })).state).toBe('done')
    clock += 2000
    expect(await t.codeOf('exports.status', { jobId: started.jobId })).toBe('NOT_FOUND')
    expect(scratchEntries(t.dir)).toEqual([])
  })

  it('drops an upload untouched for longer than the limit, and keeps one still being appended to', async () => {
    const abandoned = await t.call('bundle.uploadBegin', {})
    const active = await t.call('bundle.uploadBegin', {})
    const slice = Buffer.from('{"format":').toString('base64')
    for (let i = 0; i < 3; i++) {
      clock += ABANDONED_UPLOAD_TTL_MS / 2
      await t.call('bundle.uploadAppend', { uploadId: active.uploadId, base64: slice })
    }
    expect(await t.codeOf('bundle.uploadAppend', { uploadId: abandoned.uploadId, base64: slice })).toBe('NOT_FOUND')
    expect((await t.call('bundle.uploadAppend', { uploadId: active.uploadId, base64: slice })).received).toBe(40)
  })
})
