const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
}

/** Saves bytes through the browser: works in the browser host and in Electron alike. */
export function downloadBytes(name: string, parts: BlobPart[]): void {
  const ext = name.split('.').pop()?.toLowerCase() ?? ''
  const url = URL.createObjectURL(new Blob(parts, { type: MIME[ext] ?? 'application/octet-stream' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
