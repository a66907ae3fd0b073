/**
 * The crash test's child: opens the app's real services on a data folder and
 * submits self-assessments through dispatch in a loop, as the kiosk would,
 * printing "ack <id>" after each one has committed. The parent kills it with
 * SIGKILL at a random moment. stdout to a pipe is written synchronously on
 * Linux, so an ack line that reached the parent was written after its commit.
 */
import { createAppContext } from '../../electron/main/appContext'

const [dataDir, contentDir] = process.argv.slice(2)
if (!dataDir || !contentDir) throw new Error('usage: child <dataDir> <contentDir>')

const context = createAppContext({ dataDir, contentDir, version: 'crash-test' })
const library = (await context.dispatch('content.getLibrary', {}, 'participant')) as { ok: true; value: { assessments: { statements: { id: string }[] }[] } }
const statements = library.value.assessments[0]?.statements ?? []

for (let i = 0; ; i++) {
  const answers = Object.fromEntries(statements.map((s, k) => [s.id, ((i + k) % 5) + 1]))
  const result = await context.dispatch(
    'kiosk.submit',
    { respondent: { kind: 'code', code: `crash-${process.pid}-${i}` }, side: i % 2 ? 'member' : 'manager', managerParticipantId: null, team: null, locale: 'ja', answers },
    'participant',
  )
  if (!result.ok) {
    process.stderr.write(`submit failed: ${result.error.code} ${result.error.message}\n`)
    process.exit(1)
  }
  process.stdout.write(`ack ${(result.value as { id: string }).id}\n`)
}
