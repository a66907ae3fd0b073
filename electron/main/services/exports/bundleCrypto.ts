/**
 * Bundles carry personal data on USB sticks, so they are sealed with the
 * trainer's passphrase by default: AES-256-GCM with a key from scrypt, both
 * from Node's crypto. The sealed file is still JSON (`<title>.taiwa.json`):
 * a versioned header naming the KDF and its parameters, the salt and the
 * nonce, then the ciphertext and its tag. The header is the GCM's additional
 * data, so changing a parameter is caught like changing a byte of the data.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto'

export const SEALED_FORMAT = 'taiwa.bundle.sealed'
export const SEALED_VERSION = 1


/** 64 MiB of memory per derivation: slow enough for guessing, quick enough (well under a second) for one import. */
const DEFAULT_KDF = { N: 2 ** 16, r: 8, p: 1 } as const
/** a hostile header must not make us allocate gigabytes or spin for minutes */
const KDF_LIMITS = { maxN: 2 ** 20, maxR: 16, maxP: 4 }

interface SealedHeader {
  format: typeof SEALED_FORMAT
  version: number
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string }
  cipher: { name: 'aes-256-gcm'; nonce: string }
}

export type OpenedBundle =
  | { ok: true; text: string; sealed: boolean }
  | { ok: false; problem: 'passphraseNeeded' | 'wrongPassphrase' | 'newerVersion' | 'invalid' }

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }
  // async: the derivation runs on libuv's pool, so kiosk answers keep flowing meanwhile
  return new Promise((resolve, reject) => scrypt(passphrase.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))))
}

const headerText = (h: SealedHeader): string => JSON.stringify(h)

/** The bundle's JSON sealed with the passphrase, as the file's bytes. */
export async function sealBundle(plain: Buffer, passphrase: string, kdf: { N: number; r: number; p: number } = DEFAULT_KDF): Promise<Buffer> {
  const salt = randomBytes(16)
  const nonce = randomBytes(12)
  const header: SealedHeader = {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', nonce: nonce.toString('base64') },
  }
  const key = await deriveKey(passphrase, salt, kdf)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  const head = headerText(header)
  cipher.setAAD(Buffer.from(head, 'utf8'))
  const data = Buffer.concat([cipher.update(plain), cipher.final()])
  const tag = cipher.getAuthTag()
  return Buffer.from(`{"header":${head},"tag":"${tag.toString('base64')}","data":"${data.toString('base64')}"}\n`, 'utf8')
}

/** Whether the file's first bytes announce a sealed bundle (without reading the rest). */
export function looksSealed(bytes: Buffer): boolean {
  const start = bytes.subarray(0, 200).toString('utf8').replace(/^\uFEFF/, '').trimStart()
  return start.startsWith(`{"header":{"format":"${SEALED_FORMAT}"`)
}

const isB64 = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v)

/** A file's text: plain as it is, sealed opened with the passphrase; never a half-opened file. */
export async function openBundle(bytes: Buffer, passphrase: string | undefined): Promise<OpenedBundle> {
  if (!looksSealed(bytes)) return { ok: true, text: bytes.toString('utf8'), sealed: false }
  let outer: { header?: SealedHeader; tag?: unknown; data?: unknown }
  try {
    outer = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as typeof outer
  } catch {
    return { ok: false, problem: 'invalid' }
  }
  const h = outer.header
  if (!h || typeof h.version !== 'number') return { ok: false, problem: 'invalid' }
  if (h.version > SEALED_VERSION) return { ok: false, problem: 'newerVersion' }
  const { kdf, cipher } = h
  const paramsOk =
    kdf?.name === 'scrypt' &&
    [kdf.N, kdf.r, kdf.p].every((n) => Number.isInteger(n) && n > 0) &&
    kdf.N <= KDF_LIMITS.maxN &&
    (kdf.N & (kdf.N - 1)) === 0 &&
    kdf.r <= KDF_LIMITS.maxR &&
    kdf.p <= KDF_LIMITS.maxP &&
    isB64(kdf.salt) &&
    cipher?.name === 'aes-256-gcm' &&
    isB64(cipher.nonce) &&
    isB64(outer.tag) &&
    isB64(outer.data)
  if (!paramsOk) return { ok: false, problem: 'invalid' }
  if (!passphrase) return { ok: false, problem: 'passphraseNeeded' }
  const tag = Buffer.from(outer.tag as string, 'base64')
  const nonce = Buffer.from(cipher.nonce, 'base64')
  if (tag.length !== 16 || nonce.length !== 12) return { ok: false, problem: 'invalid' }
  const key = await deriveKey(passphrase, Buffer.from(kdf.salt, 'base64'), kdf)
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce)
    // the header exactly as it was written: re-serialised from the parsed object in the same key order
    decipher.setAAD(Buffer.from(headerText(h), 'utf8'))
    decipher.setAuthTag(tag)
    const plain = Buffer.concat([decipher.update(Buffer.from(outer.data as string, 'base64')), decipher.final()])
    return { ok: true, text: plain.toString('utf8'), sealed: true }
  } catch {
    // GCM cannot tell a wrong passphrase from a changed byte; the message says both
    return { ok: false, problem: 'wrongPassphrase' }
  }
}
