/**
 * What a bundle row may hold, table by table, in the database's column names.
 * Built from the same field schemas the operations use (participantFields,
 * workshopFields, planSettingsSchema, feedbackBodySchema, submissionInput), so
 * a bundle can carry nothing a trainer could not have typed: a 1 MB team name
 * or `ticks_json = "NOT JSON"` is refused before anything is written.
 */
import { z } from 'zod'
import { RESPONSE_IDS, SCENARIO_DIFFICULTIES, TOPIC_IDS, scenarioItem, topicItem } from '../content/schemas'
import { SIDES, TIMINGS } from '../domain/assessment'
import { ENTERED_BY } from '../domain/session'
import { PULSE_TIMINGS, PULSE_VALUES } from '../domain/quiz'
import { BLOCK_KINDS } from '../domain/runSheet'
import { SESSION_ROLES } from '../domain/rotationShape'
import { LOCALES } from '../i18n/locales'
import { submissionInput } from './channels/assessments'
import { feedbackBodySchema, planSettingsSchema } from './channels/sessions'
import { participantFields, workshopFields } from './channels/workshops'

const id = z.string().min(1).max(100)
const at = z.iso.datetime()
const index = z.number().int().min(0).max(500)
const flag = z.union([z.literal(0), z.literal(1)])
const count = z.number().int().min(0).max(1_000_000)
const seconds = workshopFields.shape.phaseSeconds.shape.prep
const responseAnswer = z.enum([...RESPONSE_IDS, 'unsure'])
const observer = feedbackBodySchema.options[2].shape
const member = feedbackBodySchema.options[0].shape
const manager = feedbackBodySchema.options[1].shape

/** A TEXT column holding JSON of the given shape. */
function jsonText<T extends z.ZodType>(shape: T) {
  return z
    .string()
    .max(200_000)
    .refine((text) => {
      try {
        return shape.safeParse(JSON.parse(text)).success
      } catch {
        return false
      }
    }, 'not valid JSON of the expected shape')
}

const epochMs = z.number().int().min(0)
const contentId = z.string().regex(/^[a-z0-9-]+$/).max(60)
const answerKey = z.string().min(1).max(100)
const answerCount = z.number().int().min(0).max(10_000)

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable()

export const BUNDLE_ROW_SCHEMAS = {
  workshops: z
    .object({
      id,
      title: workshopFields.shape.title,
      scheduled_at: at.nullable(),
      place: workshopFields.shape.place,
      trainer: workshopFields.shape.trainer,
      content_locale: z.enum(LOCALES),
      notes: workshopFields.shape.notes,
      prep_seconds: seconds,
      one_on_one_seconds: seconds,
      feedback_seconds: seconds,
      debrief_seconds: seconds,
      privacy_min_people: workshopFields.shape.privacyMinPeople.unwrap(),
      created_at: at,
      updated_at: at,
    })
    .strict(),
  participants: z
    .object({
      id,
      workshop_id: id,
      display_name: participantFields.shape.displayName,
      reading: participantFields.shape.reading,
      team: participantFields.shape.team,
      workplace_role: participantFields.shape.workplaceRole,
      employee_id: participantFields.shape.employeeId,
      email: participantFields.shape.email,
      created_at: at,
      updated_at: at,
    })
    .strict(),
  session_plans: z
    .object({
      id,
      workshop_id: id,
      rounds: planSettingsSchema.shape.rounds,
      group_form: planSettingsSchema.shape.groupForm,
      manager_rule: planSettingsSchema.shape.managerRule,
      keep_teams_apart: flag,
      dealing_mode: planSettingsSchema.shape.dealingMode,
      blind_mode: flag,
      seed: planSettingsSchema.shape.seed,
      chosen_json: nullable(jsonText(planSettingsSchema.shape.chosen.unwrap())),
      repeat_meetings: count,
      repeat_lower_bound: count,
      same_team_pairs: count,
      same_team_lower_bound: count,
      // the packs the cards were dealt from (migration 0013); bundles made before it have no such fields
      packs: jsonText(z.array(z.object({ id, name: z.string().max(100), hash: z.string().max(100) }).strict()).max(20)).optional(),
      difficulty: z.enum(SCENARIO_DIFFICULTIES).nullable().optional(),
      created_at: at,
      updated_at: at,
    })
    .strict(),
  session_seats: z
    .object({
      plan_id: id,
      round_index: index,
      group_index: index,
      seat_index: index,
      participant_id: id,
      role: z.enum(SESSION_ROLES),
    })
    .strict(),
  session_cards: z
    .object({
      plan_id: id,
      round_index: index,
      group_index: index,
      topic_id: z.enum(TOPIC_IDS),
      response_id: z.enum(RESPONSE_IDS),
      scenario_id: z.string().max(100).nullable(),
      // the trainer's explicit reveal (migration 0009); bundles made before it have no such field
      revealed_at: z.string().max(40).nullable().optional(),
      // the texts dealt (migration 0013), held to the content schemas
      snapshot: nullable(jsonText(z.object({ topic: topicItem.nullable(), scenario: scenarioItem.nullable() }).strict())).optional(),
    })
    .strict(),
  session_runs: z
    .object({
      plan_id: id,
      round_index: index,
      phase_index: z.number().int().min(0).max(4),
      status: z.enum(['idle', 'running', 'paused', 'done']),
      running_since: z.number().int().min(0).nullable(),
      elapsed_ms: z.number().int().min(0),
      extra_ms: z.number().int().min(0),
      updated_at: at,
    })
    .strict(),
  session_feedback: z
    .object({
      id,
      plan_id: id,
      round_index: index,
      group_index: index,
      participant_id: id,
      role: z.enum(SESSION_ROLES),
      entered_by: z.enum(ENTERED_BY),
      felt_cleared: member.feltCleared.nullable(),
      received_response: responseAnswer.nullable(),
      thought_requested: responseAnswer.nullable(),
      do_differently: manager.doDifferently.nullable(),
      next_action: manager.nextAction.nullable(),
      ticks_json: nullable(jsonText(observer.ticks)),
      seen_response: responseAnswer.nullable(),
      comment: member.comment.nullable(),
      created_at: at,
      updated_at: at,
    })
    .strict(),
  assessment_submissions: z
    .object({
      id,
      workshop_id: id,
      timing: z.enum(TIMINGS),
      respondent_kind: z.enum(['participant', 'code']),
      participant_id: id.nullable(),
      respondent_key: z.string().min(3).max(100),
      side: z.enum(SIDES),
      manager_participant_id: id.nullable(),
      team: z.string().max(100),
      locale: z.enum(LOCALES),
      questionnaire_id: z.string().min(1).max(100),
      answers: jsonText(submissionInput.shape.answers),
      level: z.number().int().min(1).max(6),
      perspective_scores: jsonText(z.record(z.string().max(60), z.number().nullable())),
      created_at: at,
      updated_at: at,
    })
    .strict(),
  assessment_code_salts: z
    .object({ workshop_id: id, salt: z.string().min(32).max(200), created_at: at })
    .strict(),
  // the study day (migration 0014): the run sheet, the quiz and the pulse
  runsheet_blocks: z
    .object({
      id,
      workshop_id: id,
      position: index,
      kind: z.enum(BLOCK_KINDS),
      minutes: z.number().int().min(1).max(480),
      label: z.string().max(200),
      ref: z.string().max(100).nullable(),
      created_at: at,
      updated_at: at,
    })
    .strict(),
  runsheet_days: z
    .object({
      workshop_id: id,
      start_minutes: z.number().int().min(0).max(1439),
      current_block_id: id.nullable(),
      block_started_at: epochMs.nullable(),
      day_started_at: epochMs.nullable(),
      finished_at: epochMs.nullable(),
      projector_kind: z.enum(['quiz', 'pulse']).nullable(),
      projector_ref: contentId.nullable(),
      updated_at: at,
    })
    .strict(),
  quiz_rounds: z.object({ workshop_id: id, question_id: contentId, opened_at: at, revealed_at: at.nullable() }).strict(),
  quiz_answers: z
    .object({ workshop_id: id, question_id: contentId, answer_key: answerKey, choice_id: z.string().regex(/^[a-d]$/), count: answerCount, created_at: at, updated_at: at })
    .strict(),
  pulse_answers: z
    .object({
      workshop_id: id,
      pulse_id: contentId,
      timing: z.enum(PULSE_TIMINGS),
      answer_key: answerKey,
      value: z.enum(PULSE_VALUES),
      count: answerCount,
      created_at: at,
      updated_at: at,
    })
    .strict(),
} as const satisfies Record<string, z.ZodObject>

export type BundleRowTable = keyof typeof BUNDLE_ROW_SCHEMAS

/** The first rule a row breaks, as `column: message`, or null when it keeps them all. */
export function bundleRowProblem(table: string, row: Record<string, unknown>): string | null {
  const schema = (BUNDLE_ROW_SCHEMAS as Record<string, z.ZodObject | undefined>)[table]
  if (!schema) return `no rules for table ${table}`
  const parsed = schema.safeParse(row)
  if (parsed.success) return null
  const issue = parsed.error.issues[0]
  return `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`
}
