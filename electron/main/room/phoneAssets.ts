import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'

export const PHONE_PAGE = 'phone.html'

/**
 * The files the phone page needs and nothing else of the built renderer: its HTML, and the
 * scripts and styles it references, followed through their imports. The room's listener serves
 * only these; the trainer's screens (and their code) never reach the venue network.
 */
export function phoneAssets(rendererDir: string): Set<string> {
  const allowed = new Set<string>([`/${PHONE_PAGE}`])
  const queue: string[] = [`/${PHONE_PAGE}`]
  while (queue.length > 0) {
    const path = queue.shift() as string
    let text: string
    try {
      text = readFileSync(join(rendererDir, path), 'utf8')
    } catch {
      continue
    }
    const dir = posix.dirname(path)
    const refs = [...text.matchAll(/(?:src|href)="([^"]+)"|(?:from|import)\s*\(?\s*["']([^"']+\.(?:js|css))["']|["'](\.\/[\w.-]+\.(?:js|css))["']/g)]
    for (const m of refs) {
      const ref = m[1] ?? m[2] ?? m[3]
      if (!ref || /^[a-z]+:/i.test(ref) || ref.startsWith('//')) continue
      const abs = ref.startsWith('/') ? posix.normalize(ref) : posix.normalize(posix.join(dir, ref))
      if (!/\.(js|css|svg|png|woff2)$/.test(abs) || allowed.has(abs)) continue
      allowed.add(abs)
      if (/\.(js|css)$/.test(abs)) queue.push(abs)
    }
  }
  return allowed
}
