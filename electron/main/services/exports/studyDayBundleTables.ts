/**
 * The study day's tables in a workshop bundle: the run sheet and where its day stood, the quiz
 * questions opened with their answers, and the pulse answers. Answers hold counts and device or
 * person keys only (never names), so they travel like the self-check answers do.
 */
import type { BundleTableRegistration } from './workshopBundle'

const ofWorkshop = [{ column: 'workshop_id', table: 'workshops' }] as const

export const STUDY_DAY_BUNDLE_TABLES: readonly BundleTableRegistration[] = [
  { name: 'runsheet_blocks', primaryKey: 'id', parents: ['workshops'], workshopScope: 'ofWorkshop', links: ofWorkshop, ignoreInComparison: ['updated_at'] },
  { name: 'runsheet_days', primaryKey: 'workshop_id', parents: ['workshops'], workshopScope: 'ofWorkshop', links: ofWorkshop, ignoreInComparison: ['updated_at'] },
  { name: 'quiz_rounds', primaryKey: ['workshop_id', 'question_id'], parents: ['workshops'], workshopScope: 'ofWorkshop', links: ofWorkshop },
  {
    name: 'quiz_answers',
    primaryKey: ['workshop_id', 'question_id', 'answer_key'],
    parents: ['quiz_rounds'],
    workshopScope: 'ofWorkshop',
    links: ofWorkshop,
    ignoreInComparison: ['updated_at'],
  },
  {
    name: 'pulse_answers',
    primaryKey: ['workshop_id', 'pulse_id', 'timing', 'answer_key'],
    parents: ['workshops'],
    workshopScope: 'ofWorkshop',
    links: ofWorkshop,
    ignoreInComparison: ['updated_at'],
  },
]
