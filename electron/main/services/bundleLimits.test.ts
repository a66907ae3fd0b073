import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BUNDLE_MAX_BYTES, BUNDLE_MAX_ROWS } from '@shared/domain/bundleLimits'
import { TRANSFER_CHUNK_BYTES } from '@shared/domain/transferLimits'
import { callerOf, openTwoAppContexts, previewBundle } from '../../../tests/support/bundleTransfer'
import { dispatchCalls } from '../../../tests/support/dispatchCalls'
import type { AppContext } from '../appContext'

const head = '{"format":"taiwa.bundle","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","sourceInstallationId":"elsewhere","tables":{"participants":['

describe('a bundle past what a bundle may be', () => {
  let ctx: AppContext
  let close = (): void => {}
  beforeEach(() => {
    ;({ target: ctx, close } = openTwoAppContexts())
  })
  afterEach(() => close())

  // Before: uploads up to 256 MB were held and parsed (8 s and 1.1 GB for the largest).
  it('in size is refused while it is uploaded, and nothing of it is kept', { timeout: 30_000 }, async () => {
    const { codeOf } = dispatchCalls(() => ctx)
    const { uploadId } = await callerOf(ctx)<{ uploadId: string }>('bundle.uploadBegin', {})
    const slice = Buffer.alloc(TRANSFER_CHUNK_BYTES, 0x20).toString('base64')
    let refusedAt = -1
    for (let sent = 0; sent <= BUNDLE_MAX_BYTES + TRANSFER_CHUNK_BYTES; sent += TRANSFER_CHUNK_BYTES) {
      const code = await codeOf('bundle.uploadAppend', { uploadId, base64: slice })
      if (code !== null) {
        expect(code).toBe('INVALID_INPUT')
        refusedAt = sent + TRANSFER_CHUNK_BYTES
        break
      }
    }
    expect(refusedAt).toBeGreaterThan(BUNDLE_MAX_BYTES)
    expect(refusedAt).toBeLessThanOrEqual(BUNDLE_MAX_BYTES + TRANSFER_CHUNK_BYTES)
    expect(await codeOf('bundle.preview', { uploadId })).toBe('NOT_FOUND')
  })

  it('in rows is refused before any row is checked', async () => {
    const text = head + Array.from({ length: BUNDLE_MAX_ROWS + 1 }, () => '{}').join(',') + ']}}'
    const { preview } = await previewBundle(ctx, Buffer.from(text), TRANSFER_CHUNK_BYTES)
    expect(preview).toEqual({ valid: false, problem: { code: 'tooLarge', detail: `${BUNDLE_MAX_ROWS + 1} rows` } })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM participants').get()).toEqual({ n: 0 })
  })
})
