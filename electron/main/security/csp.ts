/**
 * One Content-Security-Policy for every way the renderer is served: the meta
 * tag of the built index.html, the Electron session's response headers and the
 * browser host's headers. The dev variant only allows the inline styles that
 * Vite's dev server injects for hot reload.
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

export const CONTENT_SECURITY_POLICY = directives("'self'")
export const DEV_CONTENT_SECURITY_POLICY = directives("'self' 'unsafe-inline'")
