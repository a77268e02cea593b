import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

/** The browser's speech synthesis, or null where it is missing (Node, some webviews). */
function getSynth(): SpeechSynthesis | null {
  try {
    if (typeof window === 'undefined' || typeof window.SpeechSynthesisUtterance !== 'function') return null;
    return window.speechSynthesis ?? null;
  } catch {
    return null;
  }
}

const subscribeNever = () => () => {};

export interface SpeakOptions {
  /** `voiceURI` of the chosen voice; the browser's default when empty or not found. */
  voice?: string;
  rate: number;
  lang?: string;
  /** Called once the sentences have been spoken or speech failed (not after a cancel). */
  onDone: () => void;
}

export interface Speech {
  /** False where speech synthesis is missing: hide the controls. */
  supported: boolean;
  voices: SpeechSynthesisVoice[];
  /** The index of the sentence being spoken, or -1. */
  sentence: number;
  /** The same, read at call time (for cleanups that remember where speech stopped). */
  sentenceNow: () => number;
  /** Speaks `sentences` from `from`, one utterance each, after cancelling anything else. */
  speak: (sentences: string[], from: number, options: SpeakOptions) => void;
  cancel: () => void;
}

/**
 * Speech through `speechSynthesis`, one short utterance per sentence: Chrome cuts long
 * utterances off and Android's `pause()` cancels, so sentences are queued one by one and a
 * pause is a cancel that remembers the sentence. Feature-detected; it never throws.
 */
export function useSpeech(): Speech {
  const supported = useSyncExternalStore(
    subscribeNever,
    () => getSynth() !== null,
    () => false,
  );
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [sentence, setSentenceState] = useState(-1);
  const sentenceRef = useRef(-1);
  const setSentence = useCallback((index: number) => {
    sentenceRef.current = index;
    setSentenceState(index);
  }, []);
  const sentenceNow = useCallback(() => sentenceRef.current, []);
  // Each speak() gets a new generation, so callbacks of cancelled utterances do nothing.
  const generation = useRef(0);
  // Chrome drops `onend` of utterances that were garbage collected; keep the live one.
  const live = useRef<SpeechSynthesisUtterance | null>(null);

  const cancel = useCallback(() => {
    generation.current++;
    live.current = null;
    setSentence(-1);
    try {
      getSynth()?.cancel();
    } catch {
      // Nothing to stop.
    }
  }, [setSentence]);

  useEffect(() => {
    const synth = getSynth();
    if (!synth) return;
    const load = () => {
      try {
        setVoices(synth.getVoices());
      } catch {
        setVoices([]);
      }
    };
    load();
    synth.addEventListener?.('voiceschanged', load);
    return () => {
      synth.removeEventListener?.('voiceschanged', load);
      cancel();
    };
  }, [cancel]);

  const speak = useCallback(
    (sentences: string[], from: number, { voice, rate, lang, onDone }: SpeakOptions) => {
      cancel();
      const synth = getSynth();
      if (!synth) return;
      const mine = generation.current;
      const finish = () => {
        live.current = null;
        setSentence(-1);
        onDone();
      };
      const say = (index: number) => {
        if (mine !== generation.current) return;
        const words = sentences[index];
        if (words === undefined) return finish();
        try {
          const utterance = new SpeechSynthesisUtterance(words);
          utterance.rate = rate;
          if (lang) utterance.lang = lang;
          const chosen = voice ? synth.getVoices().find((v) => v.voiceURI === voice) : undefined;
          if (chosen) utterance.voice = chosen;
          utterance.onend = () => say(index + 1);
          // A failed sentence ends the line's speech, so auto-advance never waits on it.
          utterance.onerror = () => {
            if (mine === generation.current) finish();
          };
          live.current = utterance;
          setSentence(index);
          synth.speak(utterance);
        } catch {
          finish();
        }
      };
      say(from);
    },
    [cancel, setSentence],
  );

  return { supported, voices, sentence, sentenceNow, speak, cancel };
}
