import type { practiceChannels } from '@shared/ipc/channels/practice'
import type { HandlersOf } from '../dispatch'
import type { PracticeService } from '../services/practiceService'

export function createPracticeHandlers(practice: PracticeService): HandlersOf<typeof practiceChannels> {
  return {
    'practice.list': () => practice.list(),
    'practice.create': ({ fields }) => practice.create(fields),
    'practice.delete': ({ id }) => {
      practice.delete(id)
      return { deleted: true as const }
    },
  }
}
