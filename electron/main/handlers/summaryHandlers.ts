import type { summaryChannels } from '@shared/ipc/channels/summaries'
import type { HandlersOf } from '../dispatch'
import type { SummaryService } from '../services/summaryService'

export function createSummaryHandlers(summaries: SummaryService): HandlersOf<typeof summaryChannels> {
  return {
    'summaries.teams': (filter) => summaries.teams(filter),
    'summaries.people': (filter) => summaries.people(filter),
  }
}
