import type { contentPackChannels } from '@shared/ipc/channels/contentPacks'
import type { HandlersOf } from '../dispatch'
import type { ContentPacksService } from '../services/contentPacksService'

/** `kioskWorkshop`: the workshop the kiosk is running for, or null while it is not running */
export function createContentPackHandlers(packs: ContentPacksService, kioskWorkshop: () => string | null): HandlersOf<typeof contentPackChannels> {
  return {
    'packs.list': () => packs.list(),
    'packs.get': ({ packId }) => packs.get(packId),
    'packs.library': ({ packIds }) => packs.library(packIds),
    'packs.create': (input) => packs.create(input),
    'packs.rename': (input) => packs.rename(input),
    'packs.delete': ({ packId }) => {
      packs.delete(packId)
      return { deleted: true as const }
    },
    'packs.saveItem': ({ packId, entry }) => packs.saveItem(packId, entry),
    'packs.itemUsage': ({ packId, kind, itemId }) => packs.itemUsage(packId, kind, itemId),
    'packs.deleteItem': ({ packId, kind, itemId }) => packs.deleteItem(packId, kind, itemId),
    'packs.export': ({ packId }) => packs.export(packId),
    'packs.importPreview': ({ dataBase64 }) => packs.importPreview(dataBase64),
    'packs.importApply': ({ dataBase64, choices }) => packs.importApply(dataBase64, choices),
    'packs.forWorkshop': ({ workshopId }) => packs.forWorkshop(workshopId),
    'packs.chooseForWorkshop': ({ workshopId, packIds }) => packs.chooseForWorkshop(workshopId, packIds),
    'packs.kioskContent': () => packs.kioskContent(kioskWorkshop()),
  }
}
