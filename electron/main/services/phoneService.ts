import type { Assessment } from '@shared/content/assessmentSchema'
import type { ContentLibrary } from '@shared/content/schemas'
import { tipsForLevel } from '@shared/domain/assessmentScoring'
import type { Timing } from '@shared/domain/assessment'
import { AppError } from '@shared/domain/errors'
import { seatOf, type SessionPlan } from '@shared/domain/session'
import type { PhoneCard, PhoneSaved, PhoneSelfCheck, PhoneSelfCheckSaved, PhoneState } from '@shared/ipc/channels/room'
import type { ChannelParsedInput } from '@shared/ipc/contract'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { ActiveDevice, RoomRepo } from '../db/repos/roomRepo'
import type { SessionFeedbackRepo } from '../db/repos/sessionFeedbackRepo'
import type { SessionPlansRepo } from '../db/repos/sessionPlansRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { EventPublisher } from '../events/eventBus'
import type { AssessmentService } from './assessmentService'
import type { CommitQueue } from './commitQueue'
import { checklistItemIds } from './sessionPlanner'
import { createSessionViews } from './sessionViews'

export interface PhoneServiceDeps {
  rooms: RoomRepo
  workshops: WorkshopsRepo
  participants: ParticipantsRepo
  plans: SessionPlansRepo
  feedback: SessionFeedbackRepo
  library: ContentLibrary
  assessments: AssessmentService
  queue: CommitQueue
  events: EventPublisher
  now?: () => Date
}

/**
 * What one phone may do and see: it speaks only for the device its token names (never an id it
 * sends), sees its own card as blind mode allows (sessionViews decides, as for every other card
 * screen), its own group's names, its own results. Its answers go through the commit queue, each
 * with the phone's idempotency key in the same transaction: a retry is answered "saved" once more
 * and writes nothing.
 */
export function createPhoneService(deps: PhoneServiceDeps) {
  const { rooms, workshops, participants, plans, feedback, library, queue, events } = deps
  const views = createSessionViews(deps)
  const now = (): string => (deps.now ?? (() => new Date()))().toISOString()
  const questionnaire: Assessment | undefined = library.assessments[0]
  // a saved plan never changes under its id (saving again makes a new one): 300 answers read it once
  let planCache: { id: string; plan: SessionPlan } | null = null
  const currentPlan = (workshopId: string): { id: string; plan: SessionPlan } | null => {
    const id = plans.planId(workshopId)
    if (!id) return null
    if (planCache?.id !== id) {
      const plan = plans.get(workshopId)
      if (!plan) return null
      planCache = { id, plan }
    }
    return planCache
  }

  const deviceOf = (deviceId: string | undefined): ActiveDevice => {
    const device = deviceId ? rooms.device(deviceId) : undefined
    if (!device) throw new AppError('FORBIDDEN', 'this device is not in an open room')
    return device
  }
  const roomOf = (device: ActiveDevice) => {
    const room = rooms.openRoomOf(device.workshop_id)
    if (!room || room.id !== device.room_id) throw new AppError('FORBIDDEN', 'the room is closed')
    return room
  }

  function cardOf(device: ActiveDevice): PhoneCard | null {
    const workshopId = device.workshop_id
    const plan = plans.get(workshopId)
    const run = plans.getRun(workshopId)
    if (!device.participant_id || !plan || !run) return null
    const seat = seatOf(plan, run.roundIndex, device.participant_id)
    if (!seat) return null
    const view = views.card({ workshopId, roundIndex: run.roundIndex, groupIndex: seat.groupIndex, viewer: seat.role })
    const response = view.responseId ? library.responses.find((r) => r.id === view.responseId) : undefined
    const scenario = view.scenarioId ? library.scenarios.find((s) => s.id === view.scenarioId) : undefined
    const items = new Map(library.checklists.flatMap((c) => c.items.map((i) => [i.id, i.text] as const)))
    return {
      roundIndex: run.roundIndex,
      groupIndex: seat.groupIndex,
      role: seat.role,
      view,
      topic: library.topics.find((t) => t.id === view.topicId)?.title ?? { ja: view.topicId, en: view.topicId },
      response: response ? { memberWants: response.memberWants, summary: response.summary } : null,
      scenario: scenario
        ? { persona: scenario.persona, openingLine: scenario.openingLine, realWant: scenario.realWant, clearedWhen: scenario.clearedWhen }
        : null,
      checklist:
        seat.role === 'observer' && view.responseId
          ? checklistItemIds(library, view.responseId).map((id) => ({ id, text: items.get(id) ?? { ja: id, en: id } }))
          : null,
      feedbackSaved: feedback.list(workshopId).some((f) => f.roundIndex === run.roundIndex && f.participantId === device.participant_id),
    }
  }

  const savedSelfCheck = (deviceId: string, timing: Timing): boolean =>
    rooms.submittedBy(deviceId).some((s) => s.kind === 'selfCheck' && (JSON.parse(s.result) as { timing: Timing }).timing === timing)

  /** what the kiosk asks after the side, from the same roster: whom a member rates, an anonymous manager's team */
  function selfCheckLinks(workshopId: string, person: { id: string; team: string } | undefined): Pick<PhoneSelfCheck, 'managers' | 'teams'> {
    const roster = participants.list(workshopId)
    const team = person?.team ?? ''
    const managers = roster
      .filter((p) => p.workplaceRole === 'manager' && p.id !== person?.id)
      .sort((a, b) => Number(b.team === team) - Number(a.team === team) || a.team.localeCompare(b.team, 'ja'))
      .map((p) => ({ id: p.id, displayName: p.displayName, team: p.team }))
    const teams = [...new Set(roster.map((p) => p.team).filter((x) => x))].sort((a, b) => a.localeCompare(b, 'ja'))
    return { managers, teams: person ? [] : teams }
  }

  function stateOf(device: ActiveDevice): PhoneState {
    const room = roomOf(device)
    const workshopId = device.workshop_id
    const plan = plans.get(workshopId)
    const run = plans.getRun(workshopId)
    const person = device.participant_id ? participants.list(workshopId).find((p) => p.id === device.participant_id) : undefined
    return {
      workshopTitle: workshops.get(workshopId).title,
      identity: person
        ? { kind: 'participant', participantId: person.id, displayName: person.displayName }
        : device.anonymous === 1
          ? { kind: 'anonymous' }
          : null,
      run:
        plan && run
          ? { roundIndex: run.roundIndex, rounds: plan.rounds.length, timer: run.timer, phaseSeconds: workshops.get(workshopId).phaseSeconds, serverNow: Date.now() }
          : null,
      card: cardOf(device),
      selfCheck:
        room.self_check && questionnaire
          ? {
              timing: room.self_check,
              side: person ? person.workplaceRole : null,
              statements: questionnaire.statements.map((s) => ({ id: s.id, text: { member: s.member, manager: s.manager } })),
              scale: questionnaire.scale,
              saved: savedSelfCheck(device.id, room.self_check),
              ...selfCheckLinks(workshopId, person),
            }
          : null,
    }
  }

  return {
    state: (deviceId: string | undefined): PhoneState => stateOf(deviceOf(deviceId)),

    roster(deviceId: string | undefined) {
      const device = deviceOf(deviceId)
      return participants.list(device.workshop_id).map((p) => ({ id: p.id, displayName: p.displayName, reading: p.reading }))
    },

    choose(deviceId: string | undefined, input: ChannelParsedInput<'phone.choose'>): PhoneState {
      const device = deviceOf(deviceId)
      roomOf(device)
      if ('participantId' in input) {
        if (!participants.placeInWorkshop(device.workshop_id, input.participantId)) throw new AppError('NOT_FOUND', 'no such name on this roster')
        const holder = rooms.holderOf(device.room_id, input.participantId)
        // one device speaks for one person: a second phone cannot take a name (the trainer can remove the first)
        if (holder && holder !== device.id) throw new AppError('CONFLICT', 'another device already speaks for this person')
        rooms.claim(device.id, input.participantId)
      } else rooms.claim(device.id, null)
      events.emit({ name: 'room.changed', data: { workshopId: device.workshop_id } })
      return stateOf(deviceOf(device.id))
    },

    async feedback(deviceId: string | undefined, input: ChannelParsedInput<'phone.feedback'>): Promise<PhoneSaved> {
      const first = deviceOf(deviceId)
      const result = await queue.run({
        write: (): PhoneSaved & { groupIndex: number } => {
          const device = deviceOf(first.id)
          if (rooms.submissionKey(device.id, input.key)) return { saved: true, duplicate: true, groupIndex: -1 }
          roomOf(device)
          if (!device.participant_id) throw new AppError('FORBIDDEN', 'choose your name first: anonymous devices give no role-play feedback')
          const saved = currentPlan(device.workshop_id)
          if (!saved) throw new AppError('NOT_FOUND', 'this workshop has no plan')
          const { plan, id: planId } = saved
          const seat = seatOf(plan, input.roundIndex, device.participant_id)
          if (!seat || seat.role !== input.body.role) throw new AppError('INVALID_INPUT', `you are not the ${input.body.role} of round ${input.roundIndex + 1}`)
          if (input.body.role === 'observer') {
            const responseId = plan.rounds[input.roundIndex]?.groups[seat.groupIndex]?.card.responseId
            const allowed = new Set(responseId ? checklistItemIds(library, responseId) : [])
            if (input.body.ticks.some((t) => !allowed.has(t))) throw new AppError('INVALID_INPUT', 'a tick not on this checklist')
          }
          feedback.submit({ planId, roundIndex: input.roundIndex, groupIndex: seat.groupIndex, participantId: device.participant_id, enteredBy: 'self' }, input.body)
          rooms.insertSubmissionKey({
            deviceId: device.id,
            key: input.key,
            kind: 'feedback',
            roundIndex: input.roundIndex,
            groupIndex: seat.groupIndex,
            result: '{}',
            now: now(),
          })
          return { saved: true, duplicate: false, groupIndex: seat.groupIndex }
        },
        after: (saved) => {
          if (saved.duplicate) return
          events.emit({ name: 'feedback.submitted', data: { workshopId: first.workshop_id, roundIndex: input.roundIndex, groupIndex: saved.groupIndex } })
          events.emit({ name: 'room.changed', data: { workshopId: first.workshop_id } })
        },
      })
      return { saved: true, duplicate: result.duplicate }
    },

    async selfCheck(deviceId: string | undefined, input: ChannelParsedInput<'phone.selfCheck'>): Promise<PhoneSelfCheckSaved> {
      const first = deviceOf(deviceId)
      const tipsOf = (level: number) => tipsForLevel(library.levels, level).current.map((t) => t.text)
      let timing: Timing | null = null
      const result = await queue.run({
        write: () => {
          const device = deviceOf(first.id)
          const known = rooms.submissionKey(device.id, input.key)
          if (known) return { ...(JSON.parse(known.result) as Omit<PhoneSelfCheckSaved, 'saved' | 'duplicate' | 'tips'>), duplicate: true }
          const room = roomOf(device)
          if (!room.self_check) throw new AppError('CONFLICT', 'the self-check is not running in this room')
          timing = room.self_check
          if (!device.participant_id && (input.code === undefined || input.code.trim() === ''))
            throw new AppError('INVALID_INPUT', 'an anonymous answer needs its code')
          const saved = deps.assessments.submit(device.workshop_id, room.self_check, {
            respondent: device.participant_id ? { kind: 'participant', participantId: device.participant_id } : { kind: 'code', code: input.code ?? '' },
            side: input.side,
            managerParticipantId: input.managerParticipantId ?? null,
            team: input.team ?? null,
            locale: input.locale,
            answers: input.answers,
          })
          const kept = { timing: room.self_check, level: saved.level, perspectives: saved.perspectives }
          rooms.insertSubmissionKey({ deviceId: device.id, key: input.key, kind: 'selfCheck', roundIndex: null, groupIndex: null, result: JSON.stringify(kept), now: now() })
          return { ...kept, duplicate: false }
        },
        after: (saved) => {
          if (saved.duplicate || !timing) return
          events.emit({ name: 'selfCheck.submitted', data: { workshopId: first.workshop_id, timing } })
          events.emit({ name: 'room.changed', data: { workshopId: first.workshop_id } })
        },
      })
      return { saved: true, duplicate: result.duplicate, level: result.level, perspectives: result.perspectives, tips: tipsOf(result.level) }
    },
  }
}
export type PhoneService = ReturnType<typeof createPhoneService>
