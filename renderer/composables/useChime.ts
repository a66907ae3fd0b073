/**
 * A short three-note chime through the Web Audio API. The AudioContext is made
 * on a user gesture (prepare), as browsers only let a page play sound after one.
 */
export function useChime() {
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
    if (!context) return
    const start = context.currentTime + 0.05
    ;[660, 880, 660].forEach((frequency, i) => {
      if (!context) return
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.frequency.value = frequency
      const t = start + i * 0.35
      gain.gain.setValueAtTime(0.0001, t)
      gain.gain.exponentialRampToValueAtTime(0.3, t + 0.03)
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.3)
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(t)
      oscillator.stop(t + 0.32)
    })
  }

  return { prepare, play }
}
