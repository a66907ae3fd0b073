/**
 * A printed chart goes into the PDF as a JPEG picture of its canvas. Chromium's
 * PDF writer compresses every pixel of a canvas (the 20-team summary's 103 canvases
 * took 0.8 s of its 1.2 s page.pdf()), while a JPEG is copied into the PDF as it is.
 */
const pending = new Set<Promise<unknown>>()

const JPEG_QUALITY = 0.92

/**
 * The canvas as a decoded JPEG's data URL. toDataURL, not toBlob: Chromium encodes
 * toBlob in idle time, and a page drawing 100 charts has little of it (2.4 s against
 * 0.2 s for all of them).
 */
export function canvasAsPrintImage(canvas: HTMLCanvasElement): Promise<string> {
  const made = (async () => {
    const url = canvas.toDataURL('image/jpeg', JPEG_QUALITY)
    const image = new Image()
    image.src = url
    // decoded before the document says it is ready, so the PDF never catches a blank picture
    await image.decode().catch(() => undefined)
    return url
  })()
  pending.add(made)
  void made.finally(() => pending.delete(made))
  return made
}

/** Resolves once every chart picture asked for so far (and any asked for meanwhile) is made. */
export async function printImagesSettled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending])
}
