import { createHash } from 'node:crypto'
// relative, not @shared: electron.vite.config.ts imports this file before any alias exists
import { BOOT_SHELL_CSS } from '../../../shared/bootShell'

/**
 * One Content-Security-Policy for every way the renderer is served: the meta
 * tag of the built index.html, the Electron session's response headers and the
 * browser host's headers. The built app allows one inline style, the app
 * shell's, by its hash (so the shell paints before any file has loaded). The
 * dev variant allows the inline styles that Vite's dev server injects for hot
 * reload (a hash beside 'unsafe-inline' would switch 'unsafe-inline' off).
 */
const directives = (styleSrc: string): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styleSrc}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ')

const bootShellHash = `'sha256-${createHash('sha256').update(BOOT_SHELL_CSS, 'utf8').digest('base64')}'`

export const CONTENT_SECURITY_POLICY = directives(`'self' ${bootShellHash}`)
export const DEV_CONTENT_SECURITY_POLICY = directives("'self' 'unsafe-inline'")
