import type { BreathPhase } from './breathClock';

/** Extra cues for each phase. Each is off unless asked for, and silent where unsupported. */
export interface BreathCues {
  /** A soft tone at each phase, made with Web Audio (no audio files). */
  sound?: boolean;
  /** A short buzz, different for breathing in and out, where `navigator.vibrate` exists. */
  vibration?: boolean;
  /** The instruction spoken aloud with `speechSynthesis`. */
  voice?: boolean;
}

/** Plays cues in the browser. Every method is safe to call anywhere; none throws. */
export interface CuePlayer {
  /** Schedules the tone of `phase` `delayMs` from now, on the audio clock. */
  tone: (phase: BreathPhase, delayMs: number) => void;
  vibrate: (phase: BreathPhase) => void;
  speak: (text: string, lang: string) => void;
  /** Stops every scheduled tone, vibration and utterance. */
  silence: () => void;
  /** Silences and releases the audio context. */
  dispose: () => void;
}

type AudioContextConstructor = new () => AudioContext;

// Rising for in, falling for out, level for holds: low, soft sine tones.
const toneHz: Record<BreathPhase, [number, number]> = {
  inhale: [294, 349],
  hold: [330, 330],
  exhale: [349, 262],
  rest: [262, 262],
};

const buzz: Record<BreathPhase, number[]> = {
  inhale: [60],
  hold: [15],
  exhale: [30, 80, 30],
  rest: [15],
};

function attempt(action: () => void): void {
  try {
    action();
  } catch {
    // A cue is a nicety: an unsupported or refused cue must never break the breathing.
  }
}

export function createCuePlayer(): CuePlayer {
  let context: AudioContext | null = null;
  // Every tone that is scheduled or sounding, with its gain, until it ends or is silenced.
  const playing = new Map<OscillatorNode, GainNode>();
  let vibrated = false;
  let spoke = false;

  function audio(): AudioContext | null {
    if (context) return context;
    const scope = globalThis as {
      AudioContext?: AudioContextConstructor;
      webkitAudioContext?: AudioContextConstructor;
    };
    const Constructor = scope.AudioContext ?? scope.webkitAudioContext;
    if (!Constructor) return null;
    attempt(() => {
      context = new Constructor();
    });
    return context;
  }

  return {
    tone(phase, delayMs) {
      attempt(() => {
        const ctx = audio();
        if (!ctx) return;
        if (ctx.state === 'suspended') void ctx.resume().catch(() => {});
        const at = ctx.currentTime + Math.max(0, delayMs) / 1000;
        const [from, to] = toneHz[phase];
        const oscillator = ctx.createOscillator();
        const gain = ctx.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.setValueAtTime(from, at);
        oscillator.frequency.linearRampToValueAtTime(to, at + 0.9);
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.06, at + 0.15);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.3);
        oscillator.connect(gain).connect(ctx.destination);
        oscillator.onended = () => {
          playing.delete(oscillator);
          attempt(() => gain.disconnect());
        };
        oscillator.start(at);
        oscillator.stop(at + 1.4);
        playing.set(oscillator, gain);
      });
    },
    vibrate(phase) {
      if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
      attempt(() => {
        vibrated = navigator.vibrate(buzz[phase]) || vibrated;
      });
    },
    speak(text, lang) {
      const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
      if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
      attempt(() => {
        synth.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        utterance.rate = 0.9;
        synth.speak(utterance);
        spoke = true;
      });
    },
    silence() {
      for (const [oscillator, gain] of playing) {
        attempt(() => oscillator.stop());
        attempt(() => oscillator.disconnect());
        attempt(() => gain.disconnect());
      }
      playing.clear();
      if (vibrated) attempt(() => navigator.vibrate(0));
      if (spoke) attempt(() => speechSynthesis.cancel());
      vibrated = spoke = false;
    },
    dispose() {
      this.silence();
      const ctx = context;
      context = null;
      if (ctx) attempt(() => void ctx.close().catch(() => {}));
    },
  };
}
