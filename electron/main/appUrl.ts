import { fileURLToPath } from 'node:url'

/** Where the app's own pages come from: the dev server in development, the packaged file otherwise. */
export type RendererEntry = { kind: 'url'; url: string } | { kind: 'file'; file: string }

/**
 * Whether `url` is one of the app's own pages, the only pages that may call the main process or
 * be navigated to. Exact matches only: the dev server's origin (so `http://localhost:5173.evil.example`
 * is not it), or the packaged index.html itself (no other file, and no `file://host/` share).
 */
export function isAppUrlFor(url: string, entry: RendererEntry): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (entry.kind === 'url') return parsed.origin !== 'null' && parsed.origin === new URL(entry.url).origin
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false
  try {
    return fileURLToPath(parsed) === entry.file
  } catch {
    return false
  }
}

/**
 * The https hosts a link may open in the user's browser. None by default: a card or a roster
 * cell that smuggles in a link must not send anyone anywhere; add a host here to allow it.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = []

/** Whether a link the page tries to open goes to the user's browser; everything else is dropped. */
export function opensExternally(url: string, allowedHosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.port === '' && allowedHosts.includes(parsed.hostname)
  } catch {
    return false
  }
}
