// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOWNLOAD_SPACING_MS, downloadBytes } from './downloadBytes'

describe('downloadBytes', () => {
  const saved: { name: string; at: number }[] = []

  beforeEach(() => {
    vi.useFakeTimers()
    saved.length = 0
    URL.createObjectURL = () => 'blob:test'
    URL.revokeObjectURL = () => undefined
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, at: Date.now() })
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('hands a burst of files to the browser spaced out, never ten within a second, and every one of them in order', async () => {
    // a CSV export of ten tables, then at once the XLSX: Chromium drops the 11th within a second
    const names = [...Array.from({ length: 10 }, (_, i) => `table ${i}.csv`), 'workshop.xlsx']
    const all = Promise.all(names.map((name) => downloadBytes(name, ['x'])))
    await vi.runAllTimersAsync()
    await all
    expect(saved.map((s) => s.name)).toEqual(names)
    for (const [i, s] of saved.entries()) {
      const inTheSecondBefore = saved.filter((o) => o.at <= s.at && o.at > s.at - 1000)
      expect(inTheSecondBefore.length, `download ${i}`).toBeLessThan(10)
    }
    expect(saved.at(-1)!.at - saved[0]!.at).toBe(DOWNLOAD_SPACING_MS * (names.length - 1))
  })

  it('saves a single file at once', async () => {
    vi.advanceTimersByTime(10_000) // nothing went before
    await downloadBytes('roster.csv', ['x'])
    expect(saved.map((s) => s.name)).toEqual(['roster.csv'])
  })
})
