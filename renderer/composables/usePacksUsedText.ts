import { useI18n } from 'vue-i18n'
import { shortHash, type PackVersionUse } from '@shared/domain/contentPacks'

/** How the summaries (screen and PDF) name the pack versions used: name, version, what used it. */
export function usePacksUsedText() {
  const { t } = useI18n()
  const item = (p: PackVersionUse): string =>
    t('packs.used.item', { name: p.name || p.id.slice(0, 8), hash: shortHash(p.hash), uses: p.usedFor.map((u) => t(`packs.used.${u}`)).join(' / ') })
  const line = (packs: readonly PackVersionUse[]): string => (packs.length === 0 ? t('packs.used.builtInOnly') : t('packs.used.line', { list: packs.map(item).join('、') }))
  return { item, line }
}
