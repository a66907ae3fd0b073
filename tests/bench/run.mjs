/**
 * Benchmark runner: `npm run bench` runs every bench, `npm run bench -- NAME` runs one.
 *
 * Adding a bench: create `tests/bench/<something>.bench.mjs` exporting
 *   - `name`: the bench's name, or a prefix shared by the several result lines it prints
 *     (e.g. `summaries` for `summaries-100`, `summaries-1000`);
 *   - `results` (optional): the names of the result lines it prints when they do not share the
 *     prefix (e.g. `team-summary`, `pdf-20-teams`), so `npm run bench -- pdf-20-teams` finds it;
 *   - `run({ only })`: returns (or resolves to) an array of result lines made with
 *     `resultLine()` from lib.mjs, or prints them itself and returns nothing. `only` is the
 *     NAME asked for on the command line (undefined = all), for files with several results.
 * Anything started through lib.mjs (hosts, Chromium, temp dirs) is cleaned up after each file,
 * even when it throws. Result lines go to stdout; logs belong on stderr.
 */
import { readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { cleanupAll, ensureBuild } from './lib.mjs'

const benchDir = dirname(fileURLToPath(import.meta.url))

/** @returns {Promise<Array<{ name: string, results: string[], file: string, run: (ctx: { only?: string }) => unknown }>>} */
async function discover() {
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort()
  const benches = []
  for (const file of files) {
    const mod = await import(pathToFileURL(`${benchDir}/${file}`).href)
    if (typeof mod.name !== 'string' || typeof mod.run !== 'function') {
      throw new Error(`${file} must export \`name\` (string) and \`run()\``)
    }
    benches.push({ name: mod.name, results: Array.isArray(mod.results) ? mod.results : [], file, run: mod.run })
  }
  return benches
}

/** NAME picks the bench with that name, a name it starts (prefix benches) or benches starting with it. */
const matches = (bench, only) =>
  only === undefined || bench.name === only || only.startsWith(`${bench.name}-`) || bench.name.startsWith(only) || bench.results.includes(only)

async function main() {
  const only = process.argv[2]
  const benches = await discover()
  const selected = benches.filter((b) => matches(b, only))
  if (selected.length === 0) {
    console.error(`bench: unknown bench "${only}". Available:`)
    for (const b of benches) console.error(`  ${[b.name, ...b.results].join(', ')}  (${b.file})`)
    process.exitCode = 1
    return
  }

  ensureBuild()
  let failed = false
  for (const bench of selected) {
    try {
      const lines = await bench.run({ only })
      if (Array.isArray(lines)) for (const line of lines) console.log(line)
    } catch (error) {
      failed = true
      console.error(`bench: ${bench.name} (${bench.file}) failed:`, error)
    } finally {
      await cleanupAll()
    }
  }
  if (failed) process.exitCode = 1
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void cleanupAll().finally(() => process.exit(130))
  })
}

main().catch(async (error) => {
  console.error(error)
  await cleanupAll()
  process.exitCode = 1
})
