/**
 * `npm run bench -- content-packs`: each hostile pack file of issue 13 sent to the real browser
 * host (out/main/web.js, HTTP on 127.0.0.1) for an import preview, timed from the request to its
 * answer. Prints the slowest refusal (value) against the 1 s (limit), each file's time
 * (`content-packs-<file>`), and the preview and import of a pack overriding every built-in item.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeTempDir, repoRoot, resultLine, startHost } from './lib.mjs'

export const name = 'content-packs'

const TOKEN_HEADER = 'x-taiwa-token' // shared/transport.ts
const PACK = { id: '7d4f6c0e-2a3b-4c5d-8e9f-0a1b2c3d4e5f', name: 'bench', description: '' }
const EMPTY = { scenarios: [], topics: [], scripts: [], checklists: [], levels: [] }
const packText = (items = {}, envelope = {}) => JSON.stringify({ format: 'taiwa.content.pack', version: 1, pack: PACK, items: { ...EMPTY, ...items }, ...envelope })
const content = (file, key) => JSON.parse(readFileSync(join(repoRoot, 'resources/content', file), 'utf8'))[key]

function hostileFiles() {
  const scenarios = content('scenarios.json', 'scenarios')
  return {
    nesting: packText().replace('"scenarios":[]', `"scenarios":[${'['.repeat(10_000)}${']'.repeat(10_000)}]`),
    // just under the contract's cap, so the host itself answers "too large"
    'long-string': packText({ scenarios: [{ ...scenarios[0], openingLine: { ja: 'あ', en: 'x'.repeat(4 * 1024 * 1024 + 10) } }] }),
    proto: packText().replace('"items":{', '"items":{"__proto__":{"polluted":true},'),
    'items-100k': packText({ scenarios: Array.from({ length: 100_000 }, () => ({})) }),
    'wrong-version': packText({}, { version: 2 }),
  }
}

export async function run() {
  const host = await startHost({ dataDir: makeTempDir('taiwa-bench-packs-') })
  const url = new URL(host.url)
  const call = async (channel, input) => {
    const started = performance.now()
    const res = await fetch(`${url.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: url.searchParams.get('token') },
      body: JSON.stringify(input),
    })
    const body = await res.json()
    return { body, ms: performance.now() - started }
  }
  const base64 = (text) => Buffer.from(text).toString('base64')
  // the worker is loaded at start: one small preview first, so the figures are the files' own
  await call('packs.importPreview', { dataBase64: base64(packText()) })

  const lines = []
  let worst = 0
  for (const [file, text] of Object.entries(hostileFiles())) {
    const { body, ms } = await call('packs.importPreview', { dataBase64: base64(text) })
    if (body.ok && body.value.ok) throw new Error(`${file} was accepted`)
    worst = Math.max(worst, ms)
    lines.push(resultLine({ name: `content-packs-${file}`, value: ms, unit: 'ms', limit: 1000 }))
  }
  const all = packText({
    scenarios: content('scenarios.json', 'scenarios'),
    topics: content('topics.json', 'topics'),
    checklists: content('checklists.json', 'checklists'),
    levels: content('levels.json', 'levels'),
  })
  const preview = await call('packs.importPreview', { dataBase64: base64(all) })
  const applied = await call('packs.importApply', { dataBase64: base64(all), choices: {} })
  if (!applied.body.ok || !applied.body.value.ok) throw new Error('the full override was refused')
  return [
    resultLine({ name: 'content-packs', value: worst, unit: 'ms', limit: 1000 }),
    ...lines,
    resultLine({ name: 'content-packs-override-all-preview', value: preview.ms, unit: 'ms', limit: 1000 }),
    resultLine({ name: 'content-packs-override-all-import', value: applied.ms, unit: 'ms', limit: 1000 }),
  ]
}
