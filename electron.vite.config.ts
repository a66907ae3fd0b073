import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './electron/main/security/csp'
import { BOOT_SHELL_CSS } from './shared/bootShell'

/** Puts the app's one CSP into index.html as a meta tag (the relaxed dev variant under the dev server). */
function contentSecurityPolicyMeta(): Plugin {
  let dev = false
  return {
    name: 'taiwa-csp-meta',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml(_html, ctx) {
      // the phone page gets its own, stricter policy from the room's listener (PHONE_CSP)
      if (ctx.path.endsWith('phone.html')) return []
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: dev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY },
          injectTo: 'head',
        },
      ]
    },
  }
}

/**
 * The first paint is the app shell, from index.html alone: its styles inline in the head (allowed
 * by hash in the CSP), and the tags Vite puts in the head (the app's stylesheet, the entry script,
 * its modulepreloads) moved to the end of the body, after the shell. A stylesheet in the head
 * holds every paint until it has loaded; after the shell it holds only what follows it, and the
 * entry script still runs only once that stylesheet is in (scripts wait for the stylesheets before
 * them), so the app never shows unstyled.
 */
function appShellFirst(): Plugin {
  const moved = /[ \t]*<(?:script type="module"[^>]*><\/script>|link rel="(?:stylesheet|modulepreload)"[^>]*>)\n?/g
  return {
    name: 'taiwa-app-shell-first',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // the phone page is small enough to paint from its own stylesheet; no inline shell
        if (ctx.path.endsWith('phone.html')) return html
        const [head = '', rest = ''] = html.split('</head>')
        const tags = head.match(moved) ?? []
        if (tags.length === 0 || !rest.includes('</body>')) throw new Error('taiwa-app-shell-first: index.html has no tags to move')
        // the stylesheet first: the script after it then certainly waits for it
        const ordered = [...tags.filter((t) => t.includes('stylesheet')), ...tags.filter((t) => !t.includes('stylesheet'))]
        const body = rest.replace(/\s*<\/body>/, `\n${ordered.map((t) => `    ${t.trim()}`).join('\n')}\n  </body>`)
        return `${head.replace(moved, '').trimEnd()}\n    <style>${BOOT_SHELL_CSS}</style>\n  </head>${body}`
      },
    },
  }
}

const alias = { '@shared': resolve(__dirname, 'shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          // index: the Electron main process; web: the same services behind the HTTP transport in plain Node
          index: resolve(__dirname, 'electron/main/index.ts'),
          web: resolve(__dirname, 'electron/main/web.ts'),
          // the worker thread that reads roster files and bundles (services/offThread)
          parseWorker: resolve(__dirname, 'electron/main/services/offThread/parseWorker.ts'),
          // benchmark entries (tests/bench/*.bench.mjs run them with node); never loaded by the app
          'bench-rotation': resolve(__dirname, 'tests/bench/entries/rotation.ts'),
          'bench-xlsx': resolve(__dirname, 'tests/bench/entries/xlsxExport.ts'),
          'bench-kiosk': resolve(__dirname, 'tests/bench/entries/kioskSubmit.ts'),
          'bench-summaries': resolve(__dirname, 'tests/bench/entries/summaries.ts'),
          'bench-backups': resolve(__dirname, 'tests/bench/entries/backups.ts'),
          'bench-quiz': resolve(__dirname, 'tests/bench/entries/quizAnswers.ts'),
          'bench-organisation': resolve(__dirname, 'tests/bench/entries/organisation.ts'),
          'bench-publish': resolve(__dirname, 'tests/bench/entries/publish.ts'),
          'bench-room': resolve(__dirname, 'tests/bench/entries/room.ts'),
          'bench-quiz-phones': resolve(__dirname, 'tests/bench/entries/quizPhones.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // a sandboxed preload cannot require node_modules: bundle everything it uses
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias: { ...alias, '@': resolve(__dirname, 'renderer') } },
    plugins: [vue(), contentSecurityPolicyMeta(), appShellFirst()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      // phone: the participants' page on the room's listener, its own small entry (no trainer screens, no chart.js)
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html'), phone: resolve(__dirname, 'renderer/phone.html') } },
    },
  },
})
