import type { ContentLibrary } from '@shared/content/schemas'
import { AppError } from '@shared/domain/errors'
import type { PracticeRepo } from '../db/repos/practiceRepo'
import type { Handlers } from '../dispatch'

type PracticeHandlers = Pick<Handlers, 'practice.list' | 'practice.create' | 'practice.delete'>

export function createPracticeHandlers(repo: PracticeRepo, library: () => ContentLibrary): PracticeHandlers {
  return {
    'practice.list': () => repo.list(),
    'practice.create': ({ fields }) => {
      const { scenarios, responses } = library()
      const scenario = scenarios.find((s) => s.id === fields.scenarioId)
      if (!scenario) throw new AppError('NOT_FOUND', `scenario ${fields.scenarioId} is not in the content library`)
      const response = responses.find((r) => r.id === scenario.responseId)
      if (!response) throw new AppError('NOT_FOUND', `response ${scenario.responseId} is not in the content library`)
      return repo.create(fields, { topicId: scenario.topicId, responseId: scenario.responseId, approachId: response.approachId })
    },
    'practice.delete': ({ id }) => {
      repo.delete(id)
      return { deleted: true as const }
    },
  }
}
