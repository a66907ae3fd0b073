// Runs before anything loads better-sqlite3 (whose native build segfaults on an older Node):
// plain JavaScript that any Node can run, so the message is the first thing a user sees.
import { readFileSync } from 'node:fs'

const engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines || {}
const wanted = String(engines.node || '').replace(/^>=\s*/, '')
const parse = (v) => v.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0)
const older = (a, b) => {
  for (let i = 0; i < 3; i++) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) < (b[i] || 0)
  return false
}

if (wanted && older(parse(process.version), parse(wanted))) {
  console.error(
    [
      `Taiwa needs Node.js ${wanted} or newer; this is Node.js ${process.version} (${process.execPath}).`,
      'Install a newer Node.js (README.md says how) and run the command again.',
      `Taiwa には Node.js ${wanted} 以降が必要です（いまは ${process.version}）。README.md の手順で新しい Node.js を入れてから、もう一度実行してください。`,
    ].join('\n'),
  )
  process.exit(1)
}
