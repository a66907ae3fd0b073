/**
 * A short two-tone chime through WebAudio (no audio file, nothing for the CSP to allow).
 * Browsers only let audio start after a user gesture; the facilitator presses Start first.
 */
export function useBeep(): () => void {
  let context: AudioContext | null = null
  return () => {
    try {
      context ??= new AudioContext()
      const ctx = context
      void ctx.resume()
      for (const [i, freq] of [880, 660].entries()) {
        const start = ctx.currentTime + i * 0.28
        const osc = ctx.createOscillator()
        const gain = ctx.createGain()
        osc.frequency.value = freq
        gain.gain.setValueAtTime(0.0001, start)
        gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02)
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25)
        osc.connect(gain).connect(ctx.destination)
        osc.start(start)
        osc.stop(start + 0.26)
      }
    } catch {
      // no audio device: the visible cue still shows
    }
  }
}
