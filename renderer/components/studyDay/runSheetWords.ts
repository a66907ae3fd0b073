import type { RouteLocationRaw } from 'vue-router'
import type { RunSheetBlock } from '@shared/domain/runSheet'

type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

/** The teaching modules a block may open (the built-in deck's ids; the deck branch owns their slides). */
export const MODULE_IDS = [
  'why-1on1',
  'vs-business-meeting',
  'topics',
  'requested-responses',
  'dialogue-flow',
  'levels',
  'worries',
  'evidence',
  'engagement-dialogue',
  'roles-rollout',
] as const

/** What a block is called on the sheet, the strip and the print: the trainer's title, else its kind and what it opens. */
export function blockName(t: Translate, b: Pick<RunSheetBlock, 'kind' | 'label' | 'ref'>): string {
  if (b.label.trim() !== '') return b.label
  const kind = t(`studyDay.kinds.${b.kind}`)
  if (b.kind === 'module' && b.ref) return (MODULE_IDS as readonly string[]).includes(b.ref) ? t(`studyDay.modules.${b.ref}`) : kind
  if ((b.kind === 'selfCheck' || b.kind === 'pulse') && (b.ref === 'before' || b.ref === 'after')) return `${kind}（${t(`studyDay.refs.${b.ref}`)}）`
  if (b.kind === 'rolePlay' && b.ref) return `${kind}（${t('studyDay.refs.rounds', { n: Number(b.ref) }, Number(b.ref))}）`
  return kind
}

/** Where starting a block takes the trainer: the slides, the round, the self-check, the quiz; null for a break or free text. */
/** `started`: the block was just started, so a teaching block's slides go on the projector from its first one */
export function blockTarget(workshopId: string, b: Pick<RunSheetBlock, 'kind' | 'ref'>, started = false): RouteLocationRaw | null {
  switch (b.kind) {
    case 'module':
      // the deck's presenting screen (branch deck): #/workshops/:id/deck/:moduleId
      // ?open=1: the deck puts the module's first slide on the projector (DeckView)
      return b.ref ? { path: `/workshops/${workshopId}/deck/${b.ref}`, ...(started ? { query: { open: '1' } } : {}) } : null
    case 'rolePlay':
      return { name: 'session-run', params: { id: workshopId } }
    case 'selfCheck':
      return { name: 'assessment', query: { workshop: workshopId } }
    case 'quiz':
    case 'pulse':
      return { name: 'quiz-host', params: { id: workshopId } }
    default:
      return null
  }
}

/** "12:05" as minutes and seconds for time left (a block over its time counts up with a minus) */
export function minutesSeconds(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000)
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}
