import { emptyPackItems, type PackItems } from '@shared/content/packSchema'
import { packHashInput, type ContentPack } from '@shared/domain/contentPacks'

/** A trainer's pack as the merge sees it: the named items, every other kind empty. */
export function testPack(id: string, items: Partial<PackItems>): ContentPack {
  const all = { ...emptyPackItems(), ...items }
  return { id, name: id, description: '', items: all, hash: packHashInput(all), updatedAt: '' }
}
