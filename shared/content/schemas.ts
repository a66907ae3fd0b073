import { z } from 'zod'
import { assessmentItem, type Assessment } from './assessmentSchema'
import { deckModule, type DeckModule } from './deckSchema'
import { localizedText } from './localizedText'
import { pulseQuestionItem, quizQuestionItem, type PulseQuestion, type QuizQuestion } from './quizSchema'

/**
 * Schemas of the data files in resources/content. Every text exists in both
 * languages inside one item, so ids are shared across languages by construction
 * and a missing translation is reported as a field of that item.
 */
export { LOCALIZED_TEXT_MAX, localizedText, type LocalizedText } from './localizedText'

const localizedList = (min: number) => z.array(localizedText).min(min).max(40)

export const TOPIC_IDS = [
  'work',
  'relationships',
  'condition',
  'career',
  'skills',
  'private',
  'policy',
] as const
export type TopicId = (typeof TOPIC_IDS)[number]

export const RESPONSE_IDS = ['advice', 'think-together', 'listen', 'opinion', 'report'] as const
export type ResponseId = (typeof RESPONSE_IDS)[number]

export const APPROACH_IDS = [
  'teaching',
  'coaching-questions',
  'coaching-listening',
  'feedback',
  'report',
] as const
export type ApproachId = (typeof APPROACH_IDS)[number]

export const SCRIPT_STEP_IDS = ['listen', 'respond', 'close'] as const
export type ScriptStepId = (typeof SCRIPT_STEP_IDS)[number]

export const topicItem = z
  .object({
    id: z.enum(TOPIC_IDS),
    order: z.number().int().min(1),
    title: localizedText,
    summary: localizedText,
    examples: localizedList(2),
    /** share of this topic in observed real 1on1s, percent (DOMAIN.md) */
    observedSharePercent: z.number().min(0).max(100),
    /** 0 (none) .. 5 (+++++): effect of satisfaction on engagement (DOMAIN.md) */
    engagementEffect: z.number().int().min(0).max(5),
  })
  .strict()
export type Topic = z.infer<typeof topicItem>

export const responseItem = z
  .object({
    id: z.enum(RESPONSE_IDS),
    order: z.number().int().min(1),
    memberWants: localizedText,
    summary: localizedText,
    approachId: z.enum(APPROACH_IDS),
    signals: localizedList(2),
  })
  .strict()
export type ResponseCard = z.infer<typeof responseItem>

export const scriptStep = z
  .object({
    id: z.enum(SCRIPT_STEP_IDS),
    title: localizedText,
    goal: localizedText,
    phrases: localizedList(2),
  })
  .strict()
export type ScriptStep = z.infer<typeof scriptStep>

export const approachScript = z
  .object({
    id: z.enum(APPROACH_IDS),
    order: z.number().int().min(1),
    name: localizedText,
    purpose: localizedText,
    steps: z.array(scriptStep).length(3),
    pitfalls: localizedList(2),
  })
  .strict()
export type ApproachScript = z.infer<typeof approachScript>

export const levelTip = z.object({ id: z.string().min(1).max(80), text: localizedText }).strict()
export type LevelTip = z.infer<typeof levelTip>

export const levelItem = z
  .object({
    level: z.number().int().min(1).max(6),
    name: localizedText,
    description: localizedText,
    tips: z.array(levelTip).min(3),
  })
  .strict()
export type Level = z.infer<typeof levelItem>

/**
 * How hard a member scenario is to read: clear signals, ambiguous ones, or a mixed request
 * ("listen first, then advise"). Optional: the built-in scenarios are all written clear.
 */
export const SCENARIO_DIFFICULTIES = ['clear', 'ambiguous', 'mixed'] as const
export type ScenarioDifficulty = (typeof SCENARIO_DIFFICULTIES)[number]

export const scenarioItem = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).max(80),
    topicId: z.enum(TOPIC_IDS),
    responseId: z.enum(RESPONSE_IDS),
    persona: z.object({ role: localizedText, tenure: localizedText, situation: localizedText }).strict(),
    /** what the member says first */
    openingLine: localizedText,
    /** what the member really wants (the card only the member sees) */
    realWant: localizedText,
    /** what would make the member feel cleared (すっきり) */
    clearedWhen: localizedText,
    difficulty: z.enum(SCENARIO_DIFFICULTIES).optional(),
  })
  .strict()
export type Scenario = z.infer<typeof scenarioItem>

export const CHECKLIST_IDS = ['common', ...APPROACH_IDS] as const
export type ChecklistId = (typeof CHECKLIST_IDS)[number]

export const checklistItem = z
  .object({
    /** 'common': the dialogue flow every round shares; otherwise the approach it observes */
    id: z.enum(CHECKLIST_IDS),
    items: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/).max(80), text: localizedText }).strict()).min(3).max(40),
  })
  .strict()
export type Checklist = z.infer<typeof checklistItem>

/**
 * The envelope of each file: which kind it is and which version of the format.
 * Items are validated one by one after the envelope, so that one broken item
 * does not hide the rest of its file.
 */
export const CONTENT_FORMAT_VERSION = 1

/** Each kind of content: its file (or a folder of files, one item each) and its item schema. */
export const contentFiles = {
  topics: { path: 'topics.json', schema: 'taiwa.content.topics', listKey: 'topics', item: topicItem },
  responses: { path: 'responses.json', schema: 'taiwa.content.responses', listKey: 'responses', item: responseItem },
  scripts: { path: 'scripts/', schema: 'taiwa.content.script', listKey: 'scripts', item: approachScript },
  levels: { path: 'levels.json', schema: 'taiwa.content.levels', listKey: 'levels', item: levelItem },
  scenarios: { path: 'scenarios.json', schema: 'taiwa.content.scenarios', listKey: 'scenarios', item: scenarioItem },
  checklists: { path: 'checklists.json', schema: 'taiwa.content.checklists', listKey: 'checklists', item: checklistItem },
  assessments: { path: 'assessment.json', schema: 'taiwa.content.assessment', listKey: 'assessments', item: assessmentItem },
  /** the teaching deck: one module per file */
  deck: { path: 'deck/', schema: 'taiwa.content.deck', listKey: 'modules', item: deckModule },
  quiz: { path: 'quiz.json', schema: 'taiwa.content.quiz', listKey: 'questions', item: quizQuestionItem },
  pulses: { path: 'pulse.json', schema: 'taiwa.content.pulse', listKey: 'pulses', item: pulseQuestionItem },
} as const
export type ContentKind = keyof typeof contentFiles

export type ContentProblemKind =
  | 'unreadable'
  | 'notAFile'
  | 'tooLarge'
  | 'invalidJson'
  | 'wrongSchema'
  | 'unsupportedVersion'
  | 'missingField'
  | 'invalidField'
  | 'duplicateId'

export interface ContentProblem {
  /** file path relative to resources/content, with forward slashes */
  file: string
  /** dotted path to the field, e.g. "topics[3].title.en"; "" for the whole file */
  field: string
  kind: ContentProblemKind
}

export interface ContentLibrary {
  topics: Topic[]
  responses: ResponseCard[]
  scripts: ApproachScript[]
  levels: Level[]
  scenarios: Scenario[]
  checklists: Checklist[]
  assessments: Assessment[]
  /** the teaching deck's modules, in their order */
  deck: DeckModule[]
  /** the study day's live quiz and pulse questions (quiz.json, pulse.json) */
  quiz: QuizQuestion[]
  pulses: PulseQuestion[]
  problems: ContentProblem[]
}
