import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Sets the printed page size while a screen is shown (e.g. A6 cards), and only then:
 * a page-wide @page rule in a stylesheet would apply to every screen's printout, and
 * Chromium ignores named pages (@page card) when printing. A constructed stylesheet is
 * plain CSSOM, so the strict CSP (no inline <style>) is not involved.
 */
/** `rootFontSize` scales the rem-based layout down for small sheets. */
export function usePrintPageSize(size: string, options: { margin?: string; rootFontSize?: string } = {}): void {
  const margin = options.margin ?? '6mm'
  let sheet: CSSStyleSheet | null = null
  onMounted(() => {
    sheet = new CSSStyleSheet()
    const root = options.rootFontSize ? `@media print { html:root { font-size: ${options.rootFontSize}; } }` : ''
    sheet.replaceSync(`@page { size: ${size}; margin: ${margin}; } ${root}`)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  })
  onBeforeUnmount(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
  })
}
