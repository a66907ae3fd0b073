import type { AppInfo } from '@shared/ipc/contract'
import { createAppHandlers } from '../handlers/appHandlers'
import type { AreaDeps } from './areaDeps'

export function createAppArea(deps: AreaDeps, info: AppInfo) {
  return createAppHandlers(info, deps.library, deps.settings)
}
