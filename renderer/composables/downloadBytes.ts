const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
}

/**
 * Chromium silently drops a page's downloads beyond ten within about a second (no
 * prompt, no error): a CSV export of ten tables followed at once by the XLSX lost
 * the XLSX while the dialog said it was saved. Spacing every download of the page
 * keeps any burst well under that limit.
 */
export const DOWNLOAD_SPACING_MS = 200

let nextSlot = 0

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Saves bytes through the browser (the browser host and Electron alike); resolves
 * once the browser was handed the file, which may be a moment later when other
 * downloads went just before.
 */
export function downloadBytes(name: string, parts: BlobPart[]): Promise<void> {
  const ext = name.split('.').pop()?.toLowerCase() ?? ''
  const blob = new Blob(parts, { type: MIME[ext] ?? 'application/octet-stream' })
  const now = Date.now()
  const at = Math.max(now, nextSlot)
  nextSlot = at + DOWNLOAD_SPACING_MS
  // nothing just before: saved within the click that asked for it (some browsers want the gesture)
  if (at === now) {
    save(name, blob)
    return Promise.resolve()
  }
  return new Promise((done) =>
    setTimeout(() => {
      save(name, blob)
      done()
    }, at - now),
  )
}
