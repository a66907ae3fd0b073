import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/domain/errors'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { makeTempDir } from '../../tests/support/tempDir'
import { createDispatch, type Handlers } from './dispatch'

const library = { topics: [], responses: [], scripts: [], levels: [], scenarios: [], checklists: [], assessments: [], deck: [], quiz: [], pulses: [], problems: [] }

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const used: Partial<Handlers> = {
    'app.getInfo': () => ({ version: '1.0.0', dataDirectory: '/d', databaseFile: '/d/taiwa.db' }),
    'settings.get': () => ({ locale: 'ja' }),
    'settings.setLocale': ({ locale }) => ({ locale }),
    'content.getLibrary': () => library,
    ...overrides,
  }
  // channels this test does not call answer with a failure, never silently
  return new Proxy(used, {
    get: (target, key) => target[key as keyof Handlers] ?? (() => { throw new Error(`unexpected call ${String(key)}`) }),
  }) as Handlers
}

describe('dispatch', () => {
  it('runs the handler with the parsed input and wraps the value', async () => {
    const dispatch = createDispatch(handlers())
    expect(await dispatch('settings.setLocale', { locale: 'en' }, 'trainer')).toEqual({ ok: true, value: { locale: 'en' } })
  })

  it('rejects a value outside the schema, and extra keys, with INVALID_INPUT naming the field', async () => {
    const dispatch = createDispatch(handlers())
    const wrong = await dispatch('settings.setLocale', { locale: 'fr' }, 'trainer')
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) {
      expect(wrong.error.code).toBe('INVALID_INPUT')
      expect(wrong.error.message).toContain('locale')
    }
    const extra = await dispatch('settings.get', { sneaky: true }, 'trainer')
    expect(extra.ok ? null : extra.error.code).toBe('INVALID_INPUT')
    const notObject = await dispatch('settings.setLocale', 'en', 'trainer')
    expect(notObject.ok ? null : notObject.error.code).toBe('INVALID_INPUT')
  })

  it('refuses unknown channels and callers outside the audience', async () => {
    const dispatch = createDispatch(handlers())
    const unknown = await dispatch('db.dropEverything', {}, 'trainer')
    expect(unknown.ok ? null : unknown.error.code).toBe('UNKNOWN_CHANNEL')
    const proto = await dispatch('__proto__', {}, 'trainer')
    expect(proto.ok ? null : proto.error.code).toBe('UNKNOWN_CHANNEL')
    const forbidden = await dispatch('settings.setLocale', { locale: 'en' }, 'participant')
    expect(forbidden.ok ? null : forbidden.error.code).toBe('FORBIDDEN')
  })

  it('turns thrown errors into envelopes: app errors keep their code, a full disk becomes STORAGE_FULL', async () => {
    const logged: string[] = []
    const dispatch = createDispatch(
      handlers({
        'settings.get': () => {
          throw new AppError('NOT_FOUND', 'gone')
        },
        'settings.setLocale': () => {
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
        },
        'app.getInfo': async () => {
          throw new TypeError('bug')
        },
      }),
      (m) => logged.push(m),
    )
    expect(await dispatch('settings.get', {}, 'trainer')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } })
    const full = await dispatch('settings.setLocale', { locale: 'en' }, 'trainer')
    expect(full.ok ? null : full.error.code).toBe('STORAGE_FULL')
    const bug = await dispatch('app.getInfo', {}, 'trainer')
    expect(bug.ok ? null : bug.error.code).toBe('INTERNAL')
    expect(logged).toHaveLength(3)
  })

  it('a disk I/O error from SQLite (SQLITE_IOERR) is STORAGE_IO with its own message, not "disk full"', async () => {
    const tmp = makeTempDir()
    try {
      // a real SQLite I/O failure: the WAL file's name is taken by a folder, so switching to WAL cannot remove it
      mkdirSync(join(tmp.dir, 'io.db-wal'))
      const dispatch = createDispatch(
        handlers({
          'settings.get': () => {
            const db = new Database(join(tmp.dir, 'io.db'))
            try {
              db.pragma('journal_mode = WAL')
              return { locale: 'ja' }
            } finally {
              db.close()
            }
          },
        }),
      )
      const answer = await dispatch('settings.get', {}, 'trainer')
      expect(answer.ok ? null : answer.error.message).toMatch(/disk I\/O error/)
      expect(answer.ok ? null : answer.error.code).toBe('STORAGE_IO')
    } finally {
      tmp.cleanup()
    }
  })
})
