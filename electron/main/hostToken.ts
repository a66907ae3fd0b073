import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const HOST_TOKEN_FILE = 'browser-host.token'
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,}$/

/**
 * The browser host's token, kept per data folder in a file only the user can read (0600), so the
 * printed address (and a bookmark of it) still opens after a restart. Another data folder has its
 * own token; deleting the file makes a new one on the next start (every old tab is then shut out).
 */
export function loadOrCreateHostToken(dataDir: string): string {
  const file = join(dataDir, HOST_TOKEN_FILE)
  try {
    const kept = readFileSync(file, 'utf8').trim()
    if (TOKEN_PATTERN.test(kept)) {
      chmodSync(file, 0o600)
      return kept
    }
  } catch {
    // no file yet (or unreadable): a new token below
  }
  const token = randomBytes(24).toString('base64url')
  mkdirSync(dataDir, { recursive: true })
  const temp = `${file}.tmp`
  writeFileSync(temp, `${token}\n`, { mode: 0o600 })
  renameSync(temp, file)
  return token
}
