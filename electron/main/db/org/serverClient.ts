import { readFileSync } from 'node:fs'
import pg from 'pg'
import type { OrgSettings } from '@shared/domain/organisation'
import { classifyOrgError, OrgProblem } from './orgProblem'

export type OrgClient = pg.Client

/** the connection's TLS: on by default and verifying the certificate (against the chosen CA file, or the system's) */
function tlsOptions(s: OrgSettings): pg.ClientConfig['ssl'] {
  if (!s.tls) return false
  let ca: string | undefined
  if (s.caFile) {
    try {
      ca = readFileSync(s.caFile, 'utf8')
    } catch (e) {
      throw new OrgProblem('tls', `the CA file ${s.caFile} cannot be read: ${(e as Error).message}`)
    }
  }
  return { rejectUnauthorized: s.verifyCertificate, ca }
}

/**
 * One connection to the organisation's server; every failure comes back as an OrgProblem. Bounded
 * in time: a server that does not answer is 'timeout' after a few seconds, never a hung screen.
 */
export async function connectOrg(s: OrgSettings, password: string, options: { timeoutMs?: number } = {}): Promise<OrgClient> {
  const client = new pg.Client({
    host: s.host,
    port: s.port,
    database: s.database,
    user: s.user,
    password,
    ssl: tlsOptions(s),
    application_name: 'taiwa',
    // periods and dates are read in UTC on every server, whatever its own zone
    options: '-c TimeZone=UTC',
    connectionTimeoutMillis: options.timeoutMs ?? 8000,
    statement_timeout: 60_000,
    query_timeout: 65_000,
  })
  // an idle connection the server drops must not crash the main process
  client.on('error', () => {})
  try {
    await client.connect()
    return client
  } catch (e) {
    await client.end().catch(() => {})
    throw classifyOrgError(e)
  }
}

/** runs `fn` on a fresh connection and closes it, whatever happens */
export async function withOrgClient<T>(s: OrgSettings, password: string, fn: (c: OrgClient) => Promise<T>): Promise<T> {
  const client = await connectOrg(s, password)
  try {
    return await fn(client)
  } catch (e) {
    throw classifyOrgError(e)
  } finally {
    await client.end().catch(() => {})
  }
}
