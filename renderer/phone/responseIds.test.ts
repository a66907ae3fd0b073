import { describe, expect, it } from 'vitest'
import { RESPONSE_IDS } from '@shared/content/schemas'
import source from './PhoneFeedback.vue?raw'

describe('the phone feedback form', () => {
  it('offers every requested response the contract knows, plus "unsure"', () => {
    const listed = /const answers = \[([^\]]+)\]/.exec(source)?.[1] ?? ''
    expect(listed.match(/'[^']+'/g)?.map((s) => s.slice(1, -1))).toEqual([...RESPONSE_IDS, 'unsure'])
  })
})
