/**
 * A throwaway PostgreSQL server for tests and benches: Debian's binaries, a data folder in a temp
 * dir, 127.0.0.1 on a free port, stopped and removed afterwards. initdb refuses to run as root, so
 * as root the server runs as the `postgres` user (the temp dir is handed to it).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const PG_BIN = process.env.TAIWA_PG_BIN ?? '/usr/lib/postgresql/15/bin'
export const postgresAvailable = (): boolean => existsSync(join(PG_BIN, 'initdb'))

export interface TestPostgres {
  host: string
  port: number
  /** the superuser (trust authentication for it only over the Unix socket; TCP needs its password) */
  superuser: string
  superPassword: string
  stop(): void
  start(): void
  destroy(): void
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const address = s.address()
      const port = typeof address === 'object' && address ? address.port : 0
      s.close(() => resolve(port))
    })
  })
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0

function run(cmd: string, args: string[]): void {
  const full = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const : [cmd, args] as const
  const r = spawnSync(full[0], full[1], { encoding: 'utf8', timeout: 60_000 })
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`)
}

/** Starts a fresh server; `options.settings` go to postgresql.conf (e.g. for the benches). */
export async function startTestPostgres(options: { settings?: Record<string, string | number> } = {}): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'taiwa-pg-'))
  const data = join(dir, 'data')
  const pwFile = join(dir, 'pw')
  const superPassword = 'super-' + Math.random().toString(36).slice(2)
  writeFileSync(pwFile, superPassword)
  chmodSync(dir, 0o700)
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
    chownSync(pwFile, uid, gid)
  }
  run(join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--pwfile', pwFile, '-A', 'scram-sha-256', '--auth-local=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'])
  const port = await freePort()
  const conf = {
    listen_addresses: "'127.0.0.1'",
    port,
    unix_socket_directories: `'${dir}'`,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: 100,
    ...options.settings,
  }
  writeFileSync(join(data, 'postgresql.auto.conf'), Object.entries(conf).map(([k, v]) => `${k} = ${v}`).join('\n') + '\n')
  if (asRoot) chownSync(join(data, 'postgresql.auto.conf'), Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()))
  const start = (): void => run(join(PG_BIN, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', 'start'])
  const stop = (): void => run(join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop'])
  start()
  let running = true
  return {
    host: '127.0.0.1',
    port,
    superuser: 'postgres',
    superPassword,
    start: () => {
      start()
      running = true
    },
    stop: () => {
      stop()
      running = false
    },
    destroy: () => {
      if (running) {
        try {
          stop()
        } catch {
          // already gone
        }
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
