import type { Handlers } from '../dispatch'
import type { SummaryService } from '../services/summaryService'

export function createSummaryHandlers(summaries: SummaryService): Pick<Handlers, 'summaries.teams' | 'summaries.people'> {
  return {
    'summaries.teams': (filter) => summaries.teams(filter),
    'summaries.people': (filter) => summaries.people(filter),
  }
}
