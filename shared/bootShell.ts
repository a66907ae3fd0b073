/**
 * The app shell's styles, inlined into index.html's head: the shell (the mark and the name in
 * index.html's #app) paints from the HTML alone, before any stylesheet or script has loaded, and
 * the app's own stylesheet and scripts are not in its way (they move after the shell, see
 * electron.vite.config.ts). The CSP allows exactly this text by its hash (security/csp.ts), so
 * any change here changes the policy with it. The colours and font are base.css's, so nothing
 * shifts when the app takes over.
 */
export const BOOT_SHELL_CSS = [
  ":root{font-family:'Noto Sans JP','Noto Sans CJK JP','Hiragino Sans','Yu Gothic UI',Meiryo,system-ui,sans-serif;color:#1f2a30;background:#f6f5f1}",
  'body{margin:0}',
  '.boot-shell{min-height:100vh;display:flex;align-items:center;justify-content:center;gap:.8rem}',
  '.boot-shell__mark{font-size:3rem;font-weight:700;color:#1e5f74}',
  '.boot-shell__name{font-size:1.4rem;font-weight:600;letter-spacing:.12em;color:#4f5b62}',
].join('')
