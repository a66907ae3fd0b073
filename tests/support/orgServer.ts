/**
 * The organisation's server for a test file: a throwaway PostgreSQL (tests/support/postgres.ts)
 * set up with the very SQL the docs give organisations (docs/organisation-setup.sql), the
 * settings of its three roles, and a superuser connection to look at what arrived.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { DEFAULT_ORG_SETTINGS, type OrgSettings } from '../../shared/domain/organisation'
import type { SecretName, SecretStore } from '../../electron/main/shell'
import { startTestPostgres, type TestPostgres } from './postgres'

export const ROLE_PASSWORDS = { owner: 'owner-pw-1', publisher: 'publisher-pw-1', reader: 'reader-pw-1' } as const
export type OrgRole = keyof typeof ROLE_PASSWORDS

export interface OrgServer {
  pg: TestPostgres
  settingsFor(role: OrgRole): OrgSettings
  /** a query as the superuser in the taiwa database */
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  close(): Promise<void>
}

export async function startOrgServer(): Promise<OrgServer> {
  const server = await startTestPostgres()
  const setup = readFileSync(join(__dirname, '../../docs/organisation-setup.sql'), 'utf8')
    .replace("'change-me-owner'", `'${ROLE_PASSWORDS.owner}'`)
    .replace("'change-me-publisher'", `'${ROLE_PASSWORDS.publisher}'`)
    .replace("'change-me-reader'", `'${ROLE_PASSWORDS.reader}'`)
  const [first, second] = setup.split(/^\\connect taiwa$/m)
  const superClient = (database: string): pg.Client => {
    const c = new pg.Client({ host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database })
    c.on('error', () => {})
    return c
  }
  const admin = superClient('postgres')
  await admin.connect()
  // CREATE DATABASE may not run inside the implicit transaction of a multi-statement string
  for (const statement of (first ?? '').split(';').map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean)) await admin.query(statement)
  await admin.end()
  let client = superClient('taiwa')
  await client.connect()
  await client.query(second ?? '')
  const settingsFor = (role: OrgRole): OrgSettings => ({
    ...DEFAULT_ORG_SETTINGS,
    host: server.host,
    port: server.port,
    database: 'taiwa',
    user: `taiwa_${role}`,
    // the throwaway server has no certificate; the TLS test turns it back on to see the message
    tls: false,
  })
  return {
    pg: server,
    settingsFor,
    async query(sql, params) {
      try {
        return (await client.query(sql, params)).rows
      } catch (e) {
        // the server was restarted by the test: connect again once
        if (!/terminat|Connection|ended/i.test(String(e))) throw e
        client = superClient('taiwa')
        await client.connect()
        return (await client.query(sql, params)).rows
      }
    },
    async close() {
      await client.end().catch(() => {})
      server.destroy()
    },
  }
}

/** the secret store of a test: writable, in memory */
export function memorySecrets(initial: Partial<Record<SecretName, string>> = {}): SecretStore & { values: Partial<Record<SecretName, string>> } {
  const values = { ...initial }
  return {
    place: 'keychain',
    writable: true,
    values,
    get: (name) => values[name] ?? null,
    set: (name, value) => {
      if (value === null) delete values[name]
      else values[name] = value
    },
  }
}
