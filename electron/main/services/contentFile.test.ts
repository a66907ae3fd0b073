import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../tests/support/tempDir'
import { contentDir } from '../paths'
import { CONTENT_FILE_MAX_BYTES } from './contentFile'
import { loadContentLibrary } from './contentLoader'

const haveMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0

describe('content files that are not plain files', () => {
  let dir = ''
  let cleanup = (): void => {}
  let unblocker: ChildProcess | null = null
  beforeEach(() => {
    ;({ dir, cleanup } = makeTempDir())
    cpSync(contentDir(), dir, { recursive: true })
  })
  afterEach(() => {
    unblocker?.kill('SIGKILL')
    unblocker = null
    cleanup()
  })

  /**
   * A FIFO nobody writes to. A read that waits on it would wait forever, and a blocked
   * thread cannot be timed out from inside, so a helper process writes to it after 3 s:
   * the old loader then returns (too late, with the wrong problem) instead of hanging the suite.
   */
  const fifo = (path: string): void => {
    expect(spawnSync('mkfifo', [path]).status).toBe(0)
    unblocker = spawn('sh', ['-c', `sleep 3; timeout 5 sh -c 'echo "{" > "$0"' "${path}"`], { stdio: 'ignore' })
  }

  it.runIf(haveMkfifo)('a FIFO named *.json does not stop start-up, and is reported as not a file', () => {
    fifo(join(dir, 'scripts', 'x.json'))
    fifo(join(dir, 'levels.json.tmp'))
    const started = Date.now()
    const library = loadContentLibrary(dir)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(library.problems).toEqual([{ file: 'scripts/x.json', field: '', kind: 'notAFile' }])
    expect(library.scripts).toHaveLength(5)
    expect(library.assessments).toHaveLength(1)
  })

  it.runIf(haveMkfifo)('a FIFO in place of the questionnaire leaves it out and says why', () => {
    const path = join(dir, 'assessment.json')
    spawnSync('rm', [path])
    fifo(path)
    const library = loadContentLibrary(dir)
    expect(library.problems).toEqual([{ file: 'assessment.json', field: '', kind: 'notAFile' }])
    expect(library.assessments).toEqual([])
    expect(library.topics).toHaveLength(7)
  })

  it('a folder named *.json and an oversized file are refused without reading them', () => {
    mkdirSync(join(dir, 'scripts', 'folder.json'))
    writeFileSync(join(dir, 'topics.json'), Buffer.alloc(CONTENT_FILE_MAX_BYTES + 1, 0x20))
    const library = loadContentLibrary(dir)
    expect(library.problems).toEqual([
      { file: 'topics.json', field: '', kind: 'tooLarge' },
      { file: 'scripts/folder.json', field: '', kind: 'notAFile' },
    ])
  })
})
