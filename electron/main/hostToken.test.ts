import { statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../tests/support/tempDir'
import { HOST_TOKEN_FILE, loadOrCreateHostToken } from './hostToken'

describe('loadOrCreateHostToken', () => {
  const cleanups: Array<() => void> = []
  afterEach(() => cleanups.splice(0).forEach((c) => c()))
  const temp = (): string => {
    const t = makeTempDir()
    cleanups.push(t.cleanup)
    return t.dir
  }

  it('keeps one token per data folder across starts, in a file only the user can read', () => {
    const dir = temp()
    const first = loadOrCreateHostToken(dir)
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(loadOrCreateHostToken(dir)).toBe(first)
    if (process.platform !== 'win32') expect(statSync(join(dir, HOST_TOKEN_FILE)).mode & 0o777).toBe(0o600)
    expect(loadOrCreateHostToken(temp())).not.toBe(first)
  })

  it('replaces a damaged token file with a new token', () => {
    const dir = temp()
    writeFileSync(join(dir, HOST_TOKEN_FILE), 'short\n')
    expect(loadOrCreateHostToken(dir)).toMatch(/^[A-Za-z0-9_-]{32}$/)
  })
})
