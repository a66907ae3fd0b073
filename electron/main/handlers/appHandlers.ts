import type { ContentLibrary } from '@shared/content/schemas'
import type { AppInfo } from '@shared/ipc/contract'
import type { Handlers } from '../dispatch'

export function createAppHandlers(info: AppInfo, library: () => ContentLibrary): Pick<Handlers, 'app.getInfo' | 'content.getLibrary'> {
  return {
    'app.getInfo': () => info,
    'content.getLibrary': () => library(),
  }
}
