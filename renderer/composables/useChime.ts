/** the practice timer's three notes; the session run keeps its own two */
const DEFAULT_NOTES = [660, 880, 660] as const

/**
 * A short chime through the Web Audio API (no audio file, nothing for the CSP to allow).
 * Browsers only let a page play sound after a user gesture: call prepare() from one
 * (a Start press); play() without it still tries, and stays silent where that is refused.
 */
export function useChime(notes: readonly number[] = DEFAULT_NOTES) {
  let context: AudioContext | null = null

  function prepare(): void {
    if (context || typeof AudioContext === 'undefined') return
    try {
      context = new AudioContext()
    } catch {
      context = null
    }
  }

  function play(): void {
    prepare()
    const ctx = context
    if (!ctx) return
    try {
      void ctx.resume()
      const start = ctx.currentTime + 0.05
      notes.forEach((frequency, i) => {
        const oscillator = ctx.createOscillator()
        const gain = ctx.createGain()
        oscillator.frequency.value = frequency
        const t = start + i * 0.35
        gain.gain.setValueAtTime(0.0001, t)
        gain.gain.exponentialRampToValueAtTime(0.3, t + 0.03)
        gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.3)
        oscillator.connect(gain).connect(ctx.destination)
        oscillator.start(t)
        oscillator.stop(t + 0.32)
      })
    } catch {
      // no audio device: the visible cue still shows
    }
  }

  return { prepare, play }
}
