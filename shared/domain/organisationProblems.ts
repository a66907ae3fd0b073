/** What can go wrong with the organisation's server; one sentence per code in the i18n files (ja, en). */
export const ORG_PROBLEMS = [
  /** no address, database or user yet */
  'notConfigured',
  /** no password in the keychain (desktop) or TAIWA_ORG_PASSWORD (browser host) */
  'noPassword',
  'unreachable',
  'wrongPassword',
  /** the server refuses this user or this machine (pg_hba) */
  'notAllowed',
  'noDatabase',
  /** the TLS handshake or the certificate check failed, or the server has no TLS */
  'tls',
  'noRights',
  /** the server's schema is from a newer Taiwa: nothing is written */
  'serverTooNew',
  /** the server's schema is older (or absent) and this role may not create it */
  'schemaNotReady',
  'timeout',
  'other',
] as const
export type OrgProblemCode = (typeof ORG_PROBLEMS)[number]
