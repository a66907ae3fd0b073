import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { z } from 'zod'

/**
 * Live validation of an item draft with the very schema the main process (and an import)
 * applies: each problem is a message in the trainer's language keyed by its field path
 * ("openingLine.ja", "steps[0].phrases[1].en"), shown next to that field.
 */
export function useItemValidation(schema: Ref<z.ZodType>, draft: Ref<unknown>) {
  const { t } = useI18n()
  const message = (issue: z.core.$ZodIssue): string => {
    if (issue.code === 'too_small') return issue.origin === 'array' ? t('packs.errors.tooShort', { min: Number(issue.minimum) }) : t('packs.errors.required')
    if (issue.code === 'too_big') return issue.origin === 'array' ? t('packs.errors.tooMany', { max: Number(issue.maximum) }) : t('packs.errors.tooLong', { max: Number(issue.maximum) })
    if (issue.code === 'invalid_format') return t('packs.errors.idFormat')
    if (issue.code === 'invalid_value') return t('packs.errors.choose')
    if (issue.code === 'invalid_type' && issue.input === undefined) return t('packs.errors.required')
    return t('packs.errors.invalid')
  }
  const result = computed(() => schema.value.safeParse(draft.value))
  const errors = computed<Record<string, string>>(() => {
    const out: Record<string, string> = {}
    if (result.value.success) return out
    for (const issue of result.value.error.issues) {
      const key = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')
      out[key] ??= message(issue)
    }
    return out
  })
  return { errors, valid: computed(() => result.value.success), count: computed(() => Object.keys(errors.value).length) }
}
