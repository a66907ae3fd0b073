import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

export const APP_NAME = 'Taiwa'

/**
 * Where Electron's app.getPath('userData') points for this app, computed
 * without Electron so the browser host uses the same data by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/**
 * The folder holding package.json: the repository in development, app.asar
 * when packaged. Found by walking up, because the bundler may place this code
 * in a chunk at a different depth than the entry files.
 */
export function appRoot(start: string = __dirname): string {
  let dir = start
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no package.json above ${start}`)
    dir = parent
  }
  return dir
}

export function contentDir(root = appRoot()): string {
  return join(root, 'resources', 'content')
}

export function rendererDir(root = appRoot()): string {
  return join(root, 'out', 'renderer')
}
