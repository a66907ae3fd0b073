/**
 * The browser host: Taiwa's services and the built renderer over HTTP on
 * 127.0.0.1, in plain Node (no Electron). Used in development and e2e tests.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openAppHost } from './appHost'
import { createEnvSecretStore } from './envSecrets'
import { parseWebHostOptions, WEB_HOST_HELP, wantsHelp } from './cliOptions'
import { loadOrCreateHostToken } from './hostToken'
import { createEventStream } from './http/eventStream'
import { startHttpHost } from './http/server'
import { appRoot, contentDir, defaultDataDir, rendererDir } from './paths'
import { createRoomListener } from './room/roomListener'
import type { AppContext } from './appContext'

async function main(): Promise<void> {
  if (wantsHelp(process.argv.slice(2))) {
    process.stdout.write(WEB_HOST_HELP)
    return
  }
  const options = parseWebHostOptions(process.argv.slice(2), process.env)
  const dataDir = options.dataDir ?? defaultDataDir()
  const version = (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version
  // a damaged database still starts the host: the page then shows what happened and the ways out
  const built: { context?: AppContext } = {}
  // the room (phones on the network) only with --participants ADDRESS:PORT: the browser host is a development tool
  const roomListener = options.participants
    ? createRoomListener({
        context: () => {
          if (!built.context) throw new Error('the app is still starting')
          return built.context
        },
        rendererDir: options.rendererDir ?? rendererDir(),
        fixed: options.participants,
      })
    : undefined
  const context = openAppHost({
    dataDir,
    contentDir: options.contentDir ?? contentDir(),
    version,
    log: (m) => console.error(m),
    secrets: createEnvSecretStore(),
    roomListener,
  })
  built.context = context
  const host = await startHttpHost({
    dispatch: context.dispatch,
    rendererDir: options.rendererDir ?? rendererDir(),
    port: options.port,
    token: loadOrCreateHostToken(dataDir),
    kioskSession: () => context.kioskSession(),
    events: createEventStream({ bus: context.events }),
  })
  console.log(`Taiwa is running at ${host.url}`)
  console.error(`data: ${context.databaseFile}`)

  const shutdown = (): void => {
    void host.close().then(() => {
      context.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
