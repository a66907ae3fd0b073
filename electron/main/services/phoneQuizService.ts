import type { ContentLibrary } from '@shared/content/schemas'
import { AppError } from '@shared/domain/errors'
import { phoneAnswerKey, phoneQuizQuestion, type PhoneQuiz } from '@shared/domain/quizPhone'
import type { PhoneQuizSaved } from '@shared/ipc/channels/studyDay'
import type { ChannelParsedInput } from '@shared/ipc/contract'
import type { QuizRepo } from '../db/repos/quizRepo'
import type { ActiveDevice, RoomRepo } from '../db/repos/roomRepo'
import type { RunSheetRepo } from '../db/repos/runSheetRepo'
import type { CommitQueue } from './commitQueue'
import type { QuizService } from './quizService'

export interface PhoneQuizServiceDeps {
  rooms: RoomRepo
  quizRepo: QuizRepo
  runSheets: RunSheetRepo
  quiz: QuizService
  library: ContentLibrary
  queue: CommitQueue
}

/**
 * The quiz and the pulse from the participants' phones. A phone speaks only for the device its
 * token names; it sees the question the projector shows, cut by phoneQuizQuestion (no right answer
 * nor explanation before the reveal, of the answers only its own), and its answer goes through the
 * room's commit queue: the phone hears "saved" only after the commit, and the projector's chart
 * fills from the quiz.changed event sent then.
 */
export function createPhoneQuizService(deps: PhoneQuizServiceDeps) {
  const { rooms, quizRepo, runSheets, quiz, library, queue } = deps

  const deviceOf = (deviceId: string | undefined): ActiveDevice => {
    const device = deviceId ? rooms.device(deviceId) : undefined
    const room = device ? rooms.openRoomOf(device.workshop_id) : undefined
    if (!device || !room || room.id !== device.room_id) throw new AppError('FORBIDDEN', 'this device is not in an open room')
    return device
  }
  const keyOf = (device: ActiveDevice): string => phoneAnswerKey({ id: device.id, participantId: device.participant_id })

  function view(device: ActiveDevice): PhoneQuiz {
    const projector = runSheets.day(device.workshop_id).projector
    if (projector?.kind === 'quiz') {
      const question = library.quiz.find((q) => q.id === projector.ref)
      const round = quizRepo.rounds(device.workshop_id).find((r) => r.questionId === projector.ref)
      if (!question || !round) return null
      return phoneQuizQuestion(question, round.revealedAt !== null, round.answers, keyOf(device))
    }
    if (projector?.kind === 'pulse' && projector.timing) {
      const pulse = library.pulses.find((p) => p.id === projector.ref)
      if (!pulse) return null
      const timing = projector.timing
      const answers = quizRepo.pulses(device.workshop_id).find((p) => p.pulseId === pulse.id && p.timing === timing)?.answers ?? []
      const key = keyOf(device)
      return { kind: 'pulse', pulseId: pulse.id, timing, prompt: pulse.prompt, low: pulse.low, high: pulse.high, mine: answers.find((a) => a.answerKey === key)?.choiceId ?? null }
    }
    return null
  }

  /**
   * The pulse is answered only for the time the trainer asks (an "after" sent in the morning would
   * count for the evening). A quiz answer may still arrive for an opened question the projector
   * has moved on from (a phone that was offline for a moment): until its reveal it counts.
   */
  function pulseAsked(device: ActiveDevice, pulseId: string, timing: string): void {
    const projector = runSheets.day(device.workshop_id).projector
    if (projector?.kind !== 'pulse' || projector.ref !== pulseId || projector.timing !== timing) throw new AppError('CONFLICT', `${pulseId} (${timing}) is not being asked in this room`)
  }

  async function saveOnce(deviceId: string | undefined, write: (device: ActiveDevice) => { duplicate: boolean; choiceId: string }): Promise<PhoneQuizSaved> {
    const first = deviceOf(deviceId)
    const result = await queue.run({
      write: () => write(deviceOf(first.id)),
      after: (saved) => {
        if (!saved.duplicate) quiz.answered(first.workshop_id)
      },
    })
    return { saved: true, duplicate: result.duplicate, choiceId: result.choiceId }
  }

  return {
    view: (deviceId: string | undefined): PhoneQuiz => view(deviceOf(deviceId)),

    answer: (deviceId: string | undefined, input: ChannelParsedInput<'phone.quizAnswer'>): Promise<PhoneQuizSaved> =>
      saveOnce(deviceId, (device) => quiz.answerOnce(device.workshop_id, keyOf(device), input)),

    pulse: (deviceId: string | undefined, input: ChannelParsedInput<'phone.pulseAnswer'>): Promise<PhoneQuizSaved> =>
      saveOnce(deviceId, (device) => {
        pulseAsked(device, input.pulseId, input.timing)
        return quiz.pulseOnce(device.workshop_id, keyOf(device), input)
      }),
  }
}
export type PhoneQuizService = ReturnType<typeof createPhoneQuizService>
