/**
 * Every workshop-scoped table a bundle carries, beyond the core workshops and
 * participants: the role-play plan (settings, seats, dealt cards), the run
 * state of the current round, the round feedback, the self-assessments and
 * the salt that keys anonymous codes.
 *
 * The code salt travels on purpose: a code is stored only as HMAC(salt, code),
 * so two machines link the same code to the same person only if they share
 * the salt. The kiosk's PIN and lock state (kiosk_state) do NOT travel: they
 * belong to the machine the kiosk runs on. Solo practice sessions are not part
 * of a workshop and do not travel either.
 */
import type { BundleTableRegistration } from './workshopBundle'

export const WORKSHOP_BUNDLE_TABLES: readonly BundleTableRegistration[] = [
  { name: 'session_plans', primaryKey: 'id', parents: ['workshops'], workshopScope: 'ofWorkshop', links: [{ column: 'workshop_id', table: 'workshops' }], ignoreInComparison: ['updated_at'] },
  {
    name: 'session_seats',
    primaryKey: ['plan_id', 'round_index', 'participant_id'],
    parents: ['session_plans', 'participants'],
    workshopScope: 'ofWorkshopPlan',
    links: [{ column: 'plan_id', table: 'session_plans' }, { column: 'participant_id', table: 'participants' }],
  },
  {
    name: 'session_cards',
    primaryKey: ['plan_id', 'round_index', 'group_index'],
    parents: ['session_plans'],
    workshopScope: 'ofWorkshopPlan',
    links: [{ column: 'plan_id', table: 'session_plans' }],
  },
  {
    name: 'session_runs',
    primaryKey: 'plan_id',
    parents: ['session_plans'],
    workshopScope: 'ofWorkshopPlan',
    links: [{ column: 'plan_id', table: 'session_plans' }],
    ignoreInComparison: ['updated_at'],
  },
  {
    name: 'session_feedback',
    primaryKey: 'id',
    parents: ['session_plans', 'participants'],
    workshopScope: 'ofWorkshopPlan',
    links: [{ column: 'plan_id', table: 'session_plans' }, { column: 'participant_id', table: 'participants' }],
    ignoreInComparison: ['updated_at'],
  },
  {
    name: 'assessment_submissions',
    primaryKey: 'id',
    parents: ['workshops', 'participants'],
    workshopScope: 'ofWorkshop',
    links: [
      { column: 'workshop_id', table: 'workshops' },
      { column: 'participant_id', table: 'participants', optional: true },
      { column: 'manager_participant_id', table: 'participants', optional: true },
    ],
    ignoreInComparison: ['updated_at'],
  },
  {
    name: 'assessment_code_salts',
    primaryKey: 'workshop_id',
    parents: ['workshops'],
    workshopScope: 'ofWorkshop',
    links: [{ column: 'workshop_id', table: 'workshops' }],
    ignoreInComparison: ['created_at'],
  },
]
