export interface WebHostOptions {
  dataDir: string | undefined
  port: number | undefined
  /** serve another folder instead of the built renderer (benchmarks compare against a blank page) */
  rendererDir: string | undefined
  /** read content from another folder (content authors, and tests of broken content) */
  contentDir: string | undefined
  /** `--participants ADDRESS:PORT`: the room's listener (participants' phones) may open there; absent, the room cannot open */
  participants: { address: string; port: number } | undefined
}

/** What `node out/main/web.js --help` prints; also the list of what parseWebHostOptions reads. */
export const WEB_HOST_HELP = `Usage: node out/main/web.js [options]

Runs Taiwa's browser host: the app over HTTP on 127.0.0.1, opened in a browser.

Options:
  --data DIR       the data folder (default: the app's own; env TAIWA_DATA_DIR)
  --port N         the port on 127.0.0.1 (default and 0: any free port; env PORT)
  --renderer DIR   serve another folder instead of the built renderer (benchmarks)
  --content DIR    read content (decks, scripts, self-check) from another folder
  --participants ADDRESS:PORT
                   let the room (participants' phones) open on ADDRESS:PORT, e.g. 127.0.0.1:47631
                   (port 0: any free port)
  --help, -h       print this and exit
`

export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h')
}

/** `--data DIR` / `--port N` win over TAIWA_DATA_DIR / PORT. */
export function parseWebHostOptions(argv: readonly string[], env: NodeJS.ProcessEnv): WebHostOptions {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(name)
    if (i >= 0) return argv[i + 1]
    const inline = argv.find((a) => a.startsWith(`${name}=`))
    return inline?.slice(name.length + 1)
  }
  const portText = flag('--port') ?? env.PORT
  let port: number | undefined
  if (portText !== undefined && portText !== '') {
    port = Number(portText)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${portText}`)
  }
  const dataDir = flag('--data') ?? (env.TAIWA_DATA_DIR || undefined)
  return { dataDir, port, rendererDir: flag('--renderer'), contentDir: flag('--content'), participants: parseListenAddress(flag('--participants')) }
}

/** `127.0.0.1:47631`, `[::1]:47631`; undefined when absent */
export function parseListenAddress(text: string | undefined): { address: string; port: number } | undefined {
  if (text === undefined || text === '') return undefined
  const m = /^(?:\[([0-9a-fA-F:]+)\]|(\d{1,3}(?:\.\d{1,3}){3})):(\d{1,5})$/.exec(text)
  const port = Number(m?.[3])
  if (!m || port > 65535) throw new Error(`invalid --participants (ADDRESS:PORT): ${text}`)
  return { address: (m[1] ?? m[2]) as string, port }
}
