import { homedir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appRoot, defaultDataDir } from './paths'

describe('defaultDataDir', () => {
  it('matches where Electron keeps userData on each platform', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\a\\AppData\\Roaming', 'Taiwa'))
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Taiwa'))
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Taiwa'))
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Taiwa'))
  })

  it('finds the app root from any depth below it', () => {
    expect(appRoot(join(__dirname, 'db', 'migrations'))).toBe(join(__dirname, '..', '..'))
  })
})
