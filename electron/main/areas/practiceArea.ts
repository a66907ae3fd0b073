import { createPracticeRepo } from '../db/repos/practiceRepo'
import { createPracticeHandlers } from '../handlers/practiceHandlers'
import { createPracticeService } from '../services/practiceService'
import type { AreaDeps } from './areaDeps'

export function createPracticeArea(deps: AreaDeps) {
  return createPracticeHandlers(createPracticeService({ repo: createPracticeRepo(deps.db), library: deps.library, withPacks: () => deps.packs.library(deps.packs.list().map((p) => p.id)).library }))
}
