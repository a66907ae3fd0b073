import { onBeforeUnmount, onMounted, toValue, watch, type MaybeRefOrGetter } from 'vue'

/**
 * Sets the printed page size while a screen is shown (e.g. A6 cards), and only then:
 * a page-wide @page rule in a stylesheet would apply to every screen's printout, and
 * Chromium ignores named pages (@page card) when printing. A constructed stylesheet is
 * plain CSSOM, so the strict CSP (no inline <style>) is not involved.
 */
/** `rootFontSize` scales the rem-based layout down for small sheets; `size` may change while shown (a layout choice). */
export function usePrintPageSize(size: MaybeRefOrGetter<string>, options: { margin?: MaybeRefOrGetter<string>; rootFontSize?: string } = {}): void {
  let sheet: CSSStyleSheet | null = null
  const rules = (): string => {
    const root = options.rootFontSize ? `@media print { html:root { font-size: ${options.rootFontSize}; } }` : ''
    return `@page { size: ${toValue(size)}; margin: ${toValue(options.margin) ?? '6mm'}; } ${root}`
  }
  onMounted(() => {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(rules())
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  })
  watch([() => toValue(size), () => toValue(options.margin)], () => sheet?.replaceSync(rules()))
  onBeforeUnmount(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
  })
}
