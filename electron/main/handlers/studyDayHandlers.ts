import type { studyDayChannels } from '@shared/ipc/channels/studyDay'
import type { HandlersOf } from '../dispatch'
import type { PhoneQuizService } from '../services/phoneQuizService'
import type { QuizService } from '../services/quizService'
import type { RunSheetService } from '../services/runSheetService'

export function createStudyDayHandlers(runSheets: RunSheetService, quiz: QuizService, phones: PhoneQuizService): HandlersOf<typeof studyDayChannels> {
  return {
    'runsheet.get': ({ workshopId }) => runSheets.get(workshopId),
    'runsheet.save': (input) => runSheets.save(input),
    'runsheet.applyTemplate': (input) => runSheets.applyTemplate(input),
    'runsheet.start': (input) => runSheets.start(input),
    'runsheet.finish': ({ workshopId }) => runSheets.finish(workshopId),
    'quiz.state': ({ workshopId }) => quiz.state(workshopId),
    'quiz.open': (input) => quiz.open(input),
    'quiz.setCounts': (input) => quiz.setCounts(input),
    'quiz.reveal': (input) => quiz.reveal(input),
    'pulse.show': (input) => quiz.showPulse(input),
    'pulse.setCounts': (input) => quiz.setPulseCounts(input),
    // a phone's channels take the device from the caller (its token), never from the input
    'phone.quiz': (_input, caller) => phones.view(caller?.deviceId),
    'phone.quizAnswer': (input, caller) => phones.answer(caller?.deviceId, input),
    'phone.pulseAnswer': (input, caller) => phones.pulse(caller?.deviceId, input),
  }
}
