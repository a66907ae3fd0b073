import { createReadStream, realpathSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
}

/** Resolves a URL path inside root, or null when it would leave root (by `..` or by a symlink) or is not a regular file. */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const rootDir = resolve(root)
  const candidate = resolve(rootDir, '.' + (decoded.endsWith('/') ? decoded + 'index.html' : decoded))
  if (!inside(rootDir, candidate)) return null
  try {
    // the path as the disk resolves it: a symlink in the folder may point anywhere (a home folder, /etc)
    const real = realpathSync(candidate)
    if (!inside(realpathSync(rootDir), real)) return null
    return statSync(real).isFile() ? real : null
  } catch {
    return null
  }
}

function inside(rootDir: string, path: string): boolean {
  return path === rootDir || path.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep)
}

export function sendStaticFile(res: ServerResponse, file: string, headOnly: boolean): void {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': statSync(file).size,
    // hashed assets may be cached; the HTML is what points at them
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  })
  if (headOnly) {
    res.end()
    return
  }
  createReadStream(file).pipe(res)
}
