/**
 * The desktop app's secrets, encrypted with Electron's safeStorage (the OS keychain holds the
 * key) into files of their own beside the database, never in it. Without a keychain
 * (safeStorage unavailable) nothing is stored: a plain-text password on disk is worse than asking.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { safeStorage } from 'electron'
import { AppError } from '@shared/domain/errors'
import type { SecretName, SecretStore } from './shell'

export function createDesktopSecretStore(dataDir: string): SecretStore {
  const dir = join(dataDir, 'secrets')
  const file = (name: SecretName): string => join(dir, `${name}.bin`)
  return {
    place: 'keychain',
    writable: true,
    get(name) {
      try {
        return safeStorage.decryptString(readFileSync(file(name)))
      } catch {
        return null
      }
    },
    set(name, value) {
      if (value === null) {
        rmSync(file(name), { force: true })
        return
      }
      if (!safeStorage.isEncryptionAvailable()) throw new AppError('FORBIDDEN', 'no keychain to keep the secret in')
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      const tmp = `${file(name)}.tmp`
      writeFileSync(tmp, safeStorage.encryptString(value), { mode: 0o600 })
      renameSync(tmp, file(name))
    },
  }
}
