import { useControllableState } from '../shared/useControllableState';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStableCallback } from '../shared/useStableCallback';
import {
  lineText,
  placeholderValues,
  splitSentences,
  stepDurationMs,
  textFor,
  type Perspective,
  type Script,
  type ScriptStep,
} from './script';
import { useSpeech } from './useSpeech';

/** What `onComplete` reports: enough for a PatternLog `Moment.script`. */
export interface ObserverScriptCompletion {
  scriptId: string;
  /** How many steps the script had. */
  steps: number;
  /** ISO 8601 times. */
  startedAt: string;
  completedAt: string;
  /** The person's answers to prompt steps, by placeholder name (empty ones left out). */
  answers: Record<string, string>;
}

export interface UseObserverScriptOptions {
  script: Script;
  /** Words for the script's `{placeholders}`, e.g. `{ pattern: 'people-pleasing' }`. Shown as text only. */
  values?: Record<string, string>;
  /** `second` ("you…") or `first` ("I…"). @default 'second' */
  perspective?: Perspective;
  /** The current step index (controlled). */
  step?: number;
  /** @default 0 */
  defaultStep?: number;
  onStepChange?: (step: number) => void;
  /** Moves on by itself after each step's `pause`. Prompt steps always wait. @default false */
  autoAdvance?: boolean;
  /** Speed of auto-advance, from 0.5 (twice the time) to 4 (a quarter). Adjustable while running. */
  pace?: number;
  /** @default 1 */
  defaultPace?: number;
  onPaceChange?: (pace: number) => void;
  /** Reads each line aloud where speech synthesis exists (controlled). */
  speak?: boolean;
  /** @default false */
  defaultSpeak?: boolean;
  onSpeakChange?: (speak: boolean) => void;
  /** `voiceURI` of the voice to speak with; empty for the browser's default. */
  voice?: string;
  defaultVoice?: string;
  onVoiceChange?: (voice: string) => void;
  /** Speaking rate, 0.5 to 2. */
  rate?: number;
  /** @default 1 */
  defaultRate?: number;
  onRateChange?: (rate: number) => void;
  /** Use the non-body alternative of every body step (controlled). */
  withoutBody?: boolean;
  /** @default false */
  defaultWithoutBody?: boolean;
  onWithoutBodyChange?: (withoutBody: boolean) => void;
  onComplete?: (completion: ObserverScriptCompletion) => void;
}

/** One line of the transcript. */
export interface ObserverScriptLine {
  index: number;
  step: ScriptStep;
  text: string;
  /** For prompt steps: what the person wrote, if anything. */
  answer?: string;
}

export type ObserverScriptStatus = 'manual' | 'running' | 'paused' | 'complete';

export const minPace = 0.5;
export const maxPace = 4;
const clampPace = (pace: number) => Math.min(maxPace, Math.max(minPace, pace));

/**
 * The headless ObserverScript: which line is showing, the transcript so far, answers to
 * prompts, auto-advance with an adjustable pace and a pause, and speech.
 */
export function useObserverScript(options: UseObserverScriptOptions) {
  const { script, values, perspective = 'second', autoAdvance = false } = options;
  const total = script.steps.length;

  const [rawIndex, setIndex] = useControllableState({
    prop: options.step,
    defaultProp: options.defaultStep ?? 0,
    onChange: options.onStepChange,
    caller: 'ObserverScript',
  });
  const index = Math.min(Math.max(0, Math.trunc(rawIndex) || 0), total - 1);
  const [rawPace, setRawPace] = useControllableState({
    prop: options.pace,
    defaultProp: options.defaultPace ?? 1,
    onChange: options.onPaceChange,
    caller: 'ObserverScript',
  });
  const pace = clampPace(rawPace);
  const [speakOn, setSpeakOn] = useControllableState({
    prop: options.speak,
    defaultProp: options.defaultSpeak ?? false,
    onChange: options.onSpeakChange,
    caller: 'ObserverScript',
  });
  const [voice, setVoice] = useControllableState({
    prop: options.voice,
    defaultProp: options.defaultVoice ?? '',
    onChange: options.onVoiceChange,
    caller: 'ObserverScript',
  });
  const [rate, setRate] = useControllableState({
    prop: options.rate,
    defaultProp: options.defaultRate ?? 1,
    onChange: options.onRateChange,
    caller: 'ObserverScript',
  });
  const [withoutBody, setWithoutBody] = useControllableState({
    prop: options.withoutBody,
    defaultProp: options.defaultWithoutBody ?? false,
    onChange: options.onWithoutBodyChange,
    caller: 'ObserverScript',
  });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [phrasings, setPhrasings] = useState<Record<number, number>>({});
  const [complete, setComplete] = useState(false);
  const [paused, setPaused] = useState(false);
  const startedAt = useRef<string | null>(null);
  const speech = useSpeech();

  useEffect(() => {
    startedAt.current ??= new Date().toISOString();
  }, []);

  const step = script.steps[index] as ScriptStep;
  const lineOf = useCallback(
    (i: number): ObserverScriptLine => {
      const lineStep = script.steps[i] as ScriptStep;
      const context = { perspective, values, answers, phrasing: phrasings[i] ?? 0, withoutBody };
      const answer = lineStep.kind === 'prompt' && lineStep.name ? answers[lineStep.name]?.trim() : undefined;
      return {
        index: i,
        step: lineStep,
        text: lineText(script, lineStep, context),
        ...(answer ? { answer } : {}),
      };
    },
    [script, perspective, values, answers, phrasings, withoutBody],
  );
  const lines = useMemo(() => Array.from({ length: index + 1 }, (_, i) => lineOf(i)), [index, lineOf]);
  const current = lines[index] as ObserverScriptLine;
  const sentences = useMemo(() => splitSentences(current.text), [current.text]);
  const isLast = index === total - 1;

  const reportComplete = useStableCallback(options.onComplete);
  const next: () => void = useStableCallback(() => {
    if (complete) return;
    if (!isLast) return setIndex(index + 1);
    setComplete(true);
    reportComplete({
      scriptId: script.id,
      steps: total,
      startedAt: startedAt.current ?? new Date().toISOString(),
      completedAt: new Date().toISOString(),
      answers: Object.fromEntries(
        Object.entries(answers)
          .map(([name, answer]): [string, string] => [name, answer.trim()])
          .filter(([, answer]) => answer),
      ),
    });
  });

  const back: () => void = useStableCallback(() => {
    if (complete) return setComplete(false);
    if (index > 0) setIndex(index - 1);
  });

  const restart: () => void = useStableCallback(() => {
    setComplete(false);
    setPaused(false);
    startedAt.current = new Date().toISOString();
    setIndex(0);
  });

  /** For a host's BreathPacer `onComplete`: moves on only if the breath step still shows. */
  const finishBreath: (breathIndex: number) => void = useStableCallback((breathIndex: number) => {
    if (breathIndex === index && !complete) next();
  });

  const setAnswer = useCallback((name: string, answer: string) => {
    setAnswers((previous) => ({ ...previous, [name]: answer }));
  }, []);

  const alternatives = 1 + (step.alternates?.length ?? 0);
  const otherWords = useCallback(() => {
    if (alternatives < 2 || complete) return;
    setPhrasings((previous) => ({ ...previous, [index]: ((previous[index] ?? 0) + 1) % alternatives }));
  }, [index, alternatives, complete]);

  // Speech: the current line, sentence by sentence; a pause remembers where it stopped.
  const speaking = speakOn && speech.supported && !complete && !(autoAdvance && paused);
  const [spokenIndex, setSpokenIndex] = useState(-1);
  const resumeAt = useRef({ text: '', sentence: 0 });
  const { speak, cancel, sentenceNow } = speech;
  useEffect(() => {
    if (!speaking) return;
    const from = resumeAt.current.text === current.text ? resumeAt.current.sentence : 0;
    speak(sentences, from, {
      voice,
      rate,
      lang: script.lang,
      onDone: () => {
        resumeAt.current = { text: '', sentence: 0 };
        setSpokenIndex(index);
      },
    });
    return () => {
      resumeAt.current = { text: current.text, sentence: Math.max(0, sentenceNow()) };
      cancel();
    };
  }, [speaking, current.text, sentences, index, voice, rate, script.lang, speak, cancel, sentenceNow]);

  // Auto-advance: time since the line appeared (or its speech ended), as a share of the
  // step's duration, so a new pace applies to what is left.
  const waiting =
    autoAdvance && !paused && !complete && step.kind !== 'prompt' && (!speaking || spokenIndex === index);
  const progress = useRef({ index: -1, share: 0 });
  useEffect(() => {
    if (!waiting) return;
    if (progress.current.index !== index) progress.current = { index, share: 0 };
    const duration = stepDurationMs(step) / pace;
    const since = performance.now();
    const timer = setTimeout(next, Math.max(0, (1 - progress.current.share) * duration));
    return () => {
      clearTimeout(timer);
      if (duration > 0) progress.current.share += (performance.now() - since) / duration;
    };
  }, [waiting, index, step, pace, next]);

  const status: ObserverScriptStatus = complete
    ? 'complete'
    : !autoAdvance
      ? 'manual'
      : paused
        ? 'paused'
        : 'running';

  const fallbackFor = (name: string | undefined) =>
    name ? (placeholderValues(script, { perspective, values })[name] ?? '') : '';

  return {
    script,
    title: textFor(script.title, perspective),
    perspective,
    status,
    index,
    total,
    step,
    /** The current line, filled in. */
    line: current,
    text: current.text,
    /** The current line, sentence by sentence (as spoken). */
    sentences,
    lines,
    isFirst: index === 0,
    isLast,
    complete,
    next,
    back,
    restart,
    finishBreath,
    answers,
    setAnswer,
    /** The words a prompt's placeholder falls back to when the answer is left empty. */
    fallbackFor,
    autoAdvance,
    paused,
    pause: useCallback(() => setPaused(true), []),
    resume: useCallback(() => setPaused(false), []),
    pace,
    setPace: useCallback((value: number) => setRawPace(clampPace(value)), [setRawPace]),
    withoutBody,
    setWithoutBody,
    hasAlternates: alternatives > 1,
    otherWords,
    speech: {
      supported: speech.supported,
      on: speakOn,
      setOn: setSpeakOn,
      voices: speech.voices,
      voice,
      setVoice,
      rate,
      setRate,
      /** The sentence of the current line being spoken, or -1. */
      sentence: speaking ? speech.sentence : -1,
    },
  };
}

export type ObserverScriptState = ReturnType<typeof useObserverScript>;
