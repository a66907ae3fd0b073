import { describe, expect, it } from 'vitest'
import { parseWebHostOptions, WEB_HOST_HELP, wantsHelp } from './cliOptions'

describe('parseWebHostOptions', () => {
  it('takes --data and --port over TAIWA_DATA_DIR and PORT', () => {
    expect(parseWebHostOptions(['--data', '/a', '--port=4000'], { TAIWA_DATA_DIR: '/b', PORT: '5000' })).toEqual({
      dataDir: '/a',
      port: 4000,
      rendererDir: undefined,
      contentDir: undefined,
    })
    expect(parseWebHostOptions([], { TAIWA_DATA_DIR: '/b', PORT: '5000' })).toMatchObject({ dataDir: '/b', port: 5000 })
    expect(parseWebHostOptions([], {})).toMatchObject({ dataDir: undefined, port: undefined })
  })

  it('rejects a port that is not a port number', () => {
    expect(() => parseWebHostOptions(['--port', 'abc'], {})).toThrow(/invalid port/)
    expect(() => parseWebHostOptions([], { PORT: '70000' })).toThrow(/invalid port/)
  })

  it('knows --help and -h, and the help names every option it reads', () => {
    expect(wantsHelp(['--help'])).toBe(true)
    expect(wantsHelp(['--port', '1', '-h'])).toBe(true)
    expect(wantsHelp(['--port', '1'])).toBe(false)
    for (const option of ['--data', '--port', '--renderer', '--content', 'TAIWA_DATA_DIR', 'PORT']) expect(WEB_HOST_HELP).toContain(option)
  })
})
