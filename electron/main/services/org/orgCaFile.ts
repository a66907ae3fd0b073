import { X509Certificate } from 'node:crypto'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '@shared/domain/errors'
import { writeFileAtomic } from '../exports/atomicFile'

/**
 * The company CA certificate the connection verifies the server against. The renderer reads the
 * chosen file (an <input type=file>, in the desktop app and the browser host alike, as the roster
 * import does) and sends its text; it is checked here and kept beside the database, so the
 * setting points at a file this app owns and a moved or deleted original does not break TLS.
 */
export const CA_FILE_NAME = 'organisation-ca.pem'
const BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

/** the PEM's certificates, each parsed for real; null when the text is not one or more PEM certificates */
export function pemCertificates(text: string): string[] | null {
  const blocks = text.match(BLOCK)
  if (!blocks || blocks.length === 0) return null
  // anything but certificates and whitespace around them (a key, a DER file read as text) is refused
  if (text.replace(BLOCK, '').trim() !== '') return null
  try {
    for (const b of blocks) new X509Certificate(b)
  } catch {
    return null
  }
  return blocks
}

/** checks the text and keeps it in `dir`; returns the kept file's path */
export async function keepCaCertificate(dir: string, text: string): Promise<string> {
  const certs = pemCertificates(text)
  // the screen names this code in its own words (ja / en): "not a PEM certificate"
  if (!certs) throw new AppError('INVALID_INPUT', 'caNotPem')
  const file = join(dir, CA_FILE_NAME)
  await writeFileAtomic(file, `${certs.join('\n')}\n`)
  return file
}

export function forgetCaCertificate(dir: string): void {
  rmSync(join(dir, CA_FILE_NAME), { force: true })
}
