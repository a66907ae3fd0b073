import type { OrgProblemCode } from '@shared/domain/organisationProblems'

/**
 * What can go wrong talking to the organisation's server, in words a trainer can act on (the
 * renderer has one sentence per code in ja and en). Classified from the driver's errors here, at
 * the bottom, so every caller (the connection test, the publisher, the organisation view) agrees.
 */
export class OrgProblem extends Error {
  constructor(
    readonly code: OrgProblemCode,
    message: string,
  ) {
    super(message)
    this.name = 'OrgProblem'
  }
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
])

/** any error of the pg driver, the socket or TLS as one of the codes */
export function classifyOrgError(error: unknown): OrgProblem {
  if (error instanceof OrgProblem) return error
  const e = error as { code?: string; message?: string } | null
  const code = e?.code ?? ''
  const message = e?.message ?? String(error)
  const as = (c: OrgProblemCode): OrgProblem => new OrgProblem(c, message)
  if (code === '28P01') return as('wrongPassword')
  if (code === '28000') return as('notAllowed')
  if (code === '3D000') return as('noDatabase')
  if (code === '42501' || code === '3F000' || code === '42P01') return as('noRights')
  if (TLS_CODES.has(code) || /ssl|tls|certificate/i.test(message)) return as('tls')
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EAI_AGAIN', 'EPIPE'].includes(code)) return as('unreachable')
  if (code === 'ETIMEDOUT' || /timeout/i.test(message)) return as('timeout')
  if (code === '57P01' || code === '57P03' || /terminat|Connection ended/i.test(message)) return as('unreachable')
  return as('other')
}
