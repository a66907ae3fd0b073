import type { ContentLibrary } from '@shared/content/schemas'
import { AppError } from '@shared/domain/errors'
import type { PracticeSession } from '@shared/domain/practice'
import type { ChannelParsedInput } from '@shared/ipc/contract'
import type { PracticeRepo } from '../db/repos/practiceRepo'

/** The trainer's own practice log: a scenario from the library, its topic and response recorded with it. */
export function createPracticeService(deps: { repo: PracticeRepo; library: ContentLibrary; withPacks?: () => ContentLibrary }) {
  const { repo } = deps
  return {
    list: (): PracticeSession[] => repo.list(),
    create(fields: ChannelParsedInput<'practice.create'>['fields']): PracticeSession {
      // a scenario of any of the trainer's packs may be practised, as well as a built-in one
      const library = deps.withPacks?.() ?? deps.library
      const scenario = library.scenarios.find((s) => s.id === fields.scenarioId)
      if (!scenario) throw new AppError('NOT_FOUND', `scenario ${fields.scenarioId} is not in the content library`)
      const response = library.responses.find((r) => r.id === scenario.responseId)
      if (!response) throw new AppError('NOT_FOUND', `response ${scenario.responseId} is not in the content library`)
      return repo.create(fields, { topicId: scenario.topicId, responseId: scenario.responseId, approachId: response.approachId })
    },
    delete: (id: string): void => repo.delete(id),
  }
}
export type PracticeService = ReturnType<typeof createPracticeService>
