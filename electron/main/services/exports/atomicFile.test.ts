import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/domain/errors'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { nodeFileOps, writeFileAtomic, type AtomicFileOps } from './atomicFile'

function errnoError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

describe('writeFileAtomic', () => {
  let dir = ''
  let cleanup = (): void => {}
  beforeEach(() => {
    ;({ dir, cleanup } = makeTempDir())
  })
  afterEach(() => cleanup())

  it('writes a whole file from a string, bytes or chunks, and leaves no temp file', async () => {
    await writeFileAtomic(join(dir, 'a.txt'), '日本語テキスト')
    await writeFileAtomic(join(dir, 'b.bin'), new Uint8Array([1, 2, 3]))
    async function* parts() {
      yield 'one,'
      yield Buffer.from('two,')
      yield 'three'
    }
    await writeFileAtomic(join(dir, 'c.csv'), parts())
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('日本語テキスト')
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([1, 2, 3])
    expect(readFileSync(join(dir, 'c.csv'), 'utf8')).toBe('one,two,three')
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.bin', 'c.csv'])
  })

  it('replaces an existing file only when the new one is complete', async () => {
    const target = join(dir, 'report.csv')
    writeFileSync(target, 'old whole file')
    let writes = 0
    const failing: Partial<AtomicFileOps> = {
      write: async (handle, bytes) => {
        writes += 1
        if (writes === 2) throw errnoError('EIO')
        await nodeFileOps.write(handle, bytes)
      },
    }
    await expect(writeFileAtomic(target, ['first part ', 'second part'], { ops: failing })).rejects.toThrow('EIO')
    expect(readFileSync(target, 'utf8')).toBe('old whole file')
    expect(readdirSync(dir)).toEqual(['report.csv'])
  })

  it('turns a full disk mid-write into STORAGE_FULL and leaves nothing behind', async () => {
    const target = join(dir, 'big.xlsx')
    let writes = 0
    const diskFills: Partial<AtomicFileOps> = {
      write: async (handle, bytes) => {
        writes += 1
        if (writes > 3) throw errnoError('ENOSPC')
        await nodeFileOps.write(handle, bytes)
      },
    }
    const error = await writeFileAtomic(target, ['a', 'b', 'c', 'd', 'e'], { ops: diskFills }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('STORAGE_FULL')
    expect(readdirSync(dir)).toEqual([])
  })

  // Before: EIO (a failing disk, a pulled USB stick) came out as INTERNAL, "something went wrong".
  it('turns a failing disk mid-write (EIO) into STORAGE_IO, not disk full, and leaves nothing behind', async () => {
    const target = join(dir, 'backup.db')
    const failing: Partial<AtomicFileOps> = {
      write: async () => {
        throw errnoError('EIO')
      },
    }
    const error = await writeFileAtomic(target, ['a', 'b'], { ops: failing }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('STORAGE_IO')
    expect(readdirSync(dir)).toEqual([])
  })

  it('fsyncs the file before the rename and the folder after it', async () => {
    const steps: string[] = []
    const recording: Partial<AtomicFileOps> = {
      sync: async (h) => {
        steps.push('sync')
        await nodeFileOps.sync(h)
      },
      rename: async (a, b) => {
        steps.push('rename')
        await nodeFileOps.rename(a, b)
      },
      syncFolder: async (f) => {
        steps.push('syncFolder')
        await nodeFileOps.syncFolder(f)
      },
    }
    await writeFileAtomic(join(dir, 'x.json'), '{}', { ops: recording })
    expect(steps).toEqual(['sync', 'rename', 'syncFolder'])
  })

  it('stops when aborted and leaves no file', async () => {
    const controller = new AbortController()
    async function* slow() {
      yield 'part 1'
      controller.abort()
      yield 'part 2'
    }
    const error = await writeFileAtomic(join(dir, 'cancelled.csv'), slow(), { signal: controller.signal }).catch((e: unknown) => e)
    expect((error as Error).name).toBe('AbortError')
    expect(readdirSync(dir)).toEqual([])
  })
})
