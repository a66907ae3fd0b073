import { describe, expect, it } from 'vitest'
import { parseWebHostOptions, WEB_HOST_HELP, wantsHelp } from './cliOptions'

describe('parseWebHostOptions', () => {
  it('takes --data and --port over TAIWA_DATA_DIR and PORT', () => {
    expect(parseWebHostOptions(['--data', '/a', '--port=4000'], { TAIWA_DATA_DIR: '/b', PORT: '5000' })).toEqual({
      dataDir: '/a',
      port: 4000,
      rendererDir: undefined,
      contentDir: undefined,
      participants: undefined,
    })
    expect(parseWebHostOptions([], { TAIWA_DATA_DIR: '/b', PORT: '5000' })).toMatchObject({ dataDir: '/b', port: 5000 })
    expect(parseWebHostOptions([], {})).toMatchObject({ dataDir: undefined, port: undefined })
  })

  it('rejects a port that is not a port number', () => {
    expect(() => parseWebHostOptions(['--port', 'abc'], {})).toThrow(/invalid port/)
    expect(() => parseWebHostOptions([], { PORT: '70000' })).toThrow(/invalid port/)
  })

  it('reads --participants ADDRESS:PORT for the room, and refuses what is not one', () => {
    expect(parseWebHostOptions(['--participants', '127.0.0.1:47631'], {}).participants).toEqual({ address: '127.0.0.1', port: 47631 })
    expect(parseWebHostOptions(['--participants=[::1]:0'], {}).participants).toEqual({ address: '::1', port: 0 })
    expect(() => parseWebHostOptions(['--participants', 'localhost:80'], {})).toThrow(/--participants/)
    expect(() => parseWebHostOptions(['--participants', '127.0.0.1:99999'], {})).toThrow(/--participants/)
  })

  it('knows --help and -h, and the help names every option it reads', () => {
    expect(wantsHelp(['--help'])).toBe(true)
    expect(wantsHelp(['--port', '1', '-h'])).toBe(true)
    expect(wantsHelp(['--port', '1'])).toBe(false)
    for (const option of ['--data', '--port', '--renderer', '--content', '--participants', 'TAIWA_DATA_DIR', 'PORT']) expect(WEB_HOST_HELP).toContain(option)
  })
})
