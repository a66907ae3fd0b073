import { describe, expect, it } from 'vitest'
import { useTestContext } from '../../../tests/support/testContext'
import { workshopFields } from '../../../tests/support/workshopFields'
import { createAssessmentsRepo } from '../db/repos/assessmentsRepo'
import { createKioskRepo } from '../db/repos/kioskRepo'
import { createParticipantsRepo } from '../db/repos/participantsRepo'
import { createWorkshopsRepo } from '../db/repos/workshopsRepo'
import { loadContentLibrary } from './contentLoader'
import { contentDir } from '../paths'
import { createAssessmentService } from './assessmentService'
import { createKioskService } from './kioskService'

const questionnaire = loadContentLibrary(contentDir()).assessments[0]

/**
 * The disk-full simulation dispatch.test.ts uses (an error carrying SQLITE_FULL), thrown by every
 * write of the real kiosk repository while `full` is on: `max_page_count` cannot stand in here,
 * as deleting or updating the one kiosk row needs no new page, while a real full disk (a WAL that
 * cannot grow) fails those writes too.
 */
describe('the kiosk exit on a full disk', () => {
  const t = useTestContext()
  let clock = Date.parse('2026-05-01T09:00:00.000Z')

  async function kioskOnFullDisk() {
    const { id } = await t.call('workshops.create', { fields: workshopFields('研修') })
    const db = t.ctx.db
    const real = createKioskRepo(db)
    const disk = { full: false }
    const failIfFull = <A extends unknown[]>(write: (...args: A) => void) => (...args: A): void => {
      if (disk.full) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
      write(...args)
    }
    const repo = { ...real, put: failIfFull(real.put), recordFailures: failIfFull(real.recordFailures), clear: failIfFull(real.clear) }
    const workshops = createWorkshopsRepo(db)
    const participants = createParticipantsRepo(db)
    const assessments = createAssessmentService({ db, repo: createAssessmentsRepo(db), participants, workshops, questionnaire, now: () => new Date(clock) })
    const exits: string[] = []
    const kiosk = createKioskService({
      repo, workshops, participants, assessments, questionnaire, now: () => new Date(clock), events: { emit: () => {} },
      shell: { enterKiosk: () => void exits.push('enter'), exitKiosk: () => void exits.push('exit') },
    })
    kiosk.start(id, 'before', '246813')
    disk.full = true
    return { kiosk, disk, exits, real }
  }

  it('ends with the right PIN although nothing can be written, and the row goes once there is room', async () => {
    const { kiosk, disk, exits, real } = await kioskOnFullDisk()
    expect(kiosk.exit('246813')).toEqual({ exited: true })
    expect(exits).toEqual(['enter', 'exit'])
    expect(kiosk.status()).toEqual({ active: false })
    expect(() => kiosk.roster()).toThrow(/no kiosk/)
    // the trainer frees space: the ended kiosk's row is removed on the next look
    disk.full = false
    expect(kiosk.status()).toEqual({ active: false })
    expect(real.get()).toBeUndefined()
  })

  it('still counts wrong PINs and locks, so a full disk gives a guesser no free tries', async () => {
    const { kiosk } = await kioskOnFullDisk()
    for (let left = 4; left >= 1; left--) expect(kiosk.exit('000000')).toMatchObject({ exited: false, reason: 'wrongPin', attemptsLeft: left })
    expect(kiosk.exit('000000')).toEqual({ exited: false, reason: 'locked', retryInSeconds: 60 })
    expect(kiosk.exit('246813')).toMatchObject({ exited: false, reason: 'locked' })
    clock += 61_000
    expect(kiosk.exit('246813')).toEqual({ exited: true })
  })
})
