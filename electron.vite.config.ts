import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './electron/main/security/csp'

/** Puts the app's one CSP into index.html as a meta tag (the relaxed dev variant under the dev server). */
function contentSecurityPolicyMeta(): Plugin {
  let dev = false
  return {
    name: 'taiwa-csp-meta',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml() {
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
          // benchmark entries (tests/bench/*.bench.mjs run them with node); never loaded by the app
          'bench-rotation': resolve(__dirname, 'tests/bench/entries/rotation.ts'),
          'bench-xlsx': resolve(__dirname, 'tests/bench/entries/xlsxExport.ts'),
          'bench-kiosk': resolve(__dirname, 'tests/bench/entries/kioskSubmit.ts'),
          'bench-summaries': resolve(__dirname, 'tests/bench/entries/summaries.ts'),
          'bench-backups': resolve(__dirname, 'tests/bench/entries/backups.ts'),
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
    plugins: [vue(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
