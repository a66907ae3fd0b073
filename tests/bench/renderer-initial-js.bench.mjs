/**
 * `bench renderer-initial-js`: gzip size (level 9, summed per file, 1 kB = 1000 B) of the
 * JavaScript the first screen loads — index.html's module scripts and modulepreloads plus
 * their static imports, recursively. Dynamic `import()` chunks (lazy routes) are not counted.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { rendererOutDir, resultLine } from './lib.mjs'

export const name = 'renderer-initial-js'
const LIMIT_KB = 120

/** `<script type="module" src>` and `<link rel="modulepreload" href>` in index.html. */
function entryUrls(html) {
  const urls = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (a) => new RegExp(`\\b${a}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined)
    if (/^<script/i.test(tag) && attr('type') === 'module' && attr('src')) urls.push(attr('src'))
    if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href')) urls.push(attr('href'))
  }
  return urls
}

/**
 * Relative specifiers of static `import … from "x"`, `import "x"` and `export … from "x"` in
 * minified output (quotes ', " or `). `import(` is excluded: the clause may not contain parens.
 */
function staticImports(code) {
  const re = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[^'"`()]*?\bfrom\s*)?(['"`])(\.{1,2}\/[^'"`]+|\/[^'"`]+)\1/g
  return [...code.matchAll(re)].map((m) => m[2])
}

/** Resolves a URL/specifier against a file (or the renderer root for absolute paths). */
function resolveInRenderer(fromDir, url) {
  const path = url.split(/[?#]/)[0]
  const file = path.startsWith('/') ? join(rendererOutDir, path) : resolve(fromDir, path)
  if (!file.startsWith(rendererOutDir + sep)) throw new Error(`${url} points outside out/renderer`)
  return file
}

/** gzip bytes of the JavaScript an HTML entry of out/renderer loads first, and which files those are */
export function initialJs(htmlName) {
  const html = readFileSync(join(rendererOutDir, htmlName), 'utf8')
  const queue = entryUrls(html).map((u) => resolveInRenderer(rendererOutDir, u))
  if (queue.length === 0) throw new Error(`no module scripts found in out/renderer/${htmlName}`)
  const seen = new Set()
  let bytes = 0
  while (queue.length) {
    const file = queue.shift()
    if (seen.has(file)) continue
    seen.add(file)
    if (!existsSync(file)) throw new Error(`missing chunk ${relative(rendererOutDir, file)}`)
    const code = readFileSync(file)
    bytes += gzipSync(code, { level: 9 }).length
    for (const spec of staticImports(code.toString('utf8'))) queue.push(resolveInRenderer(dirname(file), spec))
  }
  return { bytes, files: [...seen] }
}

export function run() {
  const { bytes, files: seen } = initialJs('index.html')
  console.error(`bench: ${name}: ${seen.map((f) => relative(rendererOutDir, f)).join(', ')}`)
  return [resultLine({ name, value: bytes / 1000, unit: 'kB', limit: LIMIT_KB })]
}
