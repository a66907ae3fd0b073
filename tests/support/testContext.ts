import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { createAppContext, type AppContext, type AppContextOptions } from '../../electron/main/appContext'
import { contentDir } from '../../electron/main/paths'
import { dispatchCalls } from './dispatchCalls'
import { makeTempDir } from './tempDir'

type Overrides = Partial<Omit<AppContextOptions, 'dataDir'>>

/**
 * A real app context on a fresh data folder for every test, closed and removed
 * afterwards, with typed calls through its dispatch. `open(overrides)` replaces
 * it for one test (a desktop shell, a clock), `reopen()` restarts on the same
 * folder; `lazy` opens none until asked.
 */
export function useTestContext(defaults: Overrides & { lazy?: boolean } = {}) {
  const { lazy, ...base } = defaults
  let ctx: AppContext | null = null
  let dir = ''
  const cleanups: (() => void)[] = []

  function open(overrides: Overrides = {}): AppContext {
    ctx?.close()
    const tmp = makeTempDir()
    cleanups.push(tmp.cleanup)
    dir = tmp.dir
    return create(overrides)
  }
  const create = (overrides: Overrides): AppContext =>
    (ctx = createAppContext({ dataDir: dir, contentDir: contentDir(), version: 'test', ...base, ...overrides }))
  /** closes the open context and opens the same data folder again, as a restart does */
  function reopen(overrides: Overrides = {}): AppContext {
    if (!dir) throw new Error('no data folder to reopen')
    ctx?.close()
    return create(overrides)
  }
  beforeEach(() => {
    if (!lazy) open()
  })
  afterEach(() => {
    ctx?.close()
    ctx = null
    for (const c of cleanups.splice(0)) c()
  })

  const current = (): AppContext => {
    if (!ctx) throw new Error('no test context open')
    return ctx
  }
  return {
    get ctx(): AppContext {
      return current()
    },
    /** the data folder of the open context */
    get dir(): string {
      return dir
    },
    open,
    reopen,
    ...dispatchCalls(current),
  }
}

/** Leftover download copies of the browser host's exports in a data folder. */
export function scratchEntries(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'export-downloads'))
  } catch {
    return []
  }
}
