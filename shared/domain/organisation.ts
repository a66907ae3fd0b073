/**
 * The organisation's server (issue 14): where a trainer's Taiwa publishes its workshops, and what
 * the organisation view reads. Settings and states only; the SQL lives in electron/main/db/org.
 */
import type { OrgProblemCode } from './organisationProblems'
export type { OrgProblemCode } from './organisationProblems'
export { ORG_PROBLEMS } from './organisationProblems'

export interface OrgSettings {
  host: string
  port: number
  database: string
  user: string
  /** TLS on by default, verifying the server's certificate */
  tls: boolean
  verifyCertificate: boolean
  /** a CA file for a company's own certificate authority; null: the system's */
  caFile: string | null
  /** names, e-mail addresses and employee ids go to the server only when the organisation allows (off by default) */
  publishNames: boolean
  /** publish after each change; off: only when the trainer asks */
  autoPublish: boolean
  /** the organisation view's privacy threshold: figures about fewer distinct people are never returned */
  minPeople: number
}

export const DEFAULT_ORG_SETTINGS: OrgSettings = {
  host: '',
  port: 5432,
  database: '',
  user: '',
  tls: true,
  verifyCertificate: true,
  caFile: null,
  publishNames: false,
  autoPublish: false,
  minPeople: 5,
}

export const isOrgConfigured = (s: OrgSettings): boolean => s.host.trim() !== '' && s.database.trim() !== '' && s.user.trim() !== ''

/** where the secrets are kept: the desktop's keychain, the browser host's environment, or nowhere */
export type SecretPlace = 'keychain' | 'environment' | 'none'

export interface OrgSecretsState {
  place: SecretPlace
  passwordSet: boolean
  /** the organisation's key of the person hash (employee id -> person), set once */
  personKeySet: boolean
}

export interface OrgConnectionResult {
  ok: boolean
  problem: OrgProblemCode | null
  /** what the role may do on the server (when connected) */
  canPublish: boolean
  canRead: boolean
  serverVersion: string | null
  schemaVersion: number | null
}

/** The publisher's state, as the screens show it. */
export interface OrgPublishState {
  /** changes in the outbox, not yet on the server */
  waiting: number
  publishedWorkshops: number
  running: boolean
  lastSuccessAt: string | null
  lastError: { problem: OrgProblemCode; at: string } | null
  /** when the next try after an error is due (back-off) */
  nextTryAt: string | null
}

export type OrgPublishStatus = 'notConfigured' | 'upToDate' | 'waiting' | 'error'

export function publishStatus(state: OrgPublishState, configured: boolean): OrgPublishStatus {
  if (!configured) return 'notConfigured'
  if (state.lastError && state.waiting > 0) return 'error'
  return state.waiting > 0 ? 'waiting' : 'upToDate'
}

/** back-off after failed tries: 2 s, 4 s, ... up to 5 minutes */
export const retryDelayMs = (failures: number): number => Math.min(300_000, 2000 * 2 ** Math.max(0, failures - 1))
