import type { studyDayChannels } from '@shared/ipc/channels/studyDay'
import type { HandlersOf } from '../dispatch'
import type { QuizService } from '../services/quizService'
import type { RunSheetService } from '../services/runSheetService'

export function createStudyDayHandlers(runSheets: RunSheetService, quiz: QuizService): HandlersOf<typeof studyDayChannels> {
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
  }
}
