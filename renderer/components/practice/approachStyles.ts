import type { ApproachId } from '@shared/content/schemas'

export interface ApproachLineStyle {
  colour: string
  dash: number[]
  point: 'circle' | 'triangle' | 'rect' | 'rectRot' | 'star'
}

/**
 * One look per approach. Colours from the Okabe-Ito palette (safe for the
 * common colour-vision deficiencies) at clearly different lightness, and a
 * different dash and point shape each, so the lines stay apart in greyscale.
 */
export const APPROACH_LINE_STYLES: Record<ApproachId, ApproachLineStyle> = {
  teaching: { colour: '#000000', dash: [], point: 'circle' },
  'coaching-questions': { colour: '#E69F00', dash: [10, 5], point: 'triangle' },
  'coaching-listening': { colour: '#0072B2', dash: [2, 4], point: 'rect' },
  feedback: { colour: '#009E73', dash: [12, 4, 2, 4], point: 'rectRot' },
  report: { colour: '#CC79A7', dash: [18, 6], point: 'star' },
}
