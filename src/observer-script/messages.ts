/** Every user-visible string of ObserverScript (the scripts' own words live in the scripts). */
export interface ObserverScriptMessages {
  next: string;
  /** The last step's button. */
  finish: string;
  back: string;
  /** Shown after the last step, in place of Next. */
  startAgain: string;
  pause: string;
  resume: string;
  /** The position, shown and announced: "2 of 6". */
  stepOf: (position: { current: number; total: number }) => string;
  /** Said when a new line appears: the position, then the words. */
  lineAnnouncement: (line: { current: number; total: number; text: string }) => string;
  /** Said and shown when the script is finished. */
  complete: string;
  /** Names the list of lines so far. */
  transcript: string;
  /** Names the group of playback buttons. */
  controls: string;
  /** After "This isn’t helping" (with no `onExit`): the button back to the paused script. */
  backFromExit: string;
  /** Under a prompt's field: the words used when it is left empty. */
  promptHint: (hint: { fallback: string }) => string;
  /** Toggle (aria-pressed) that swaps body-focused lines for their alternatives. */
  withoutBody: string;
  /** Switches the current line to another phrasing. */
  otherWords: string;
  /** A breath step when no BreathPacer is embedded. */
  breathFallback: (breath: { cycles: number }) => string;
  /** A breath step with "Without body focus" on: no pacer, an invitation without the breath. */
  breathWithoutBody: string;
  /** Label of the pace choice while auto-advancing. */
  pace: string;
  paceOption: (pace: number) => string;
  /** Toggle (aria-pressed) for reading the lines aloud. */
  readAloud: string;
  voice: string;
  defaultVoice: string;
  rate: string;
  rateOption: (rate: number) => string;
  /** Shown instead of the script when it cannot be played, above the list of problems. */
  invalidScript: string;
}

export const observerScriptMessages: ObserverScriptMessages = {
  next: 'Next',
  finish: 'Finish',
  back: 'Back',
  startAgain: 'Start again',
  pause: 'Pause',
  resume: 'Resume',
  stepOf: ({ current, total }) => `${current} of ${total}`,
  lineAnnouncement: ({ current, total, text }) => `${current} of ${total}. ${text}`,
  complete: 'You stayed with it. That counts.',
  transcript: 'Lines so far',
  controls: 'Playback',
  backFromExit: 'Go back to the script',
  promptHint: ({ fallback }) =>
    `Optional. If no words come, leave it empty and the script will say “${fallback}”.`,
  withoutBody: 'Without body focus',
  otherWords: 'Other words',
  breathFallback: ({ cycles }) =>
    `Take ${cycles === 1 ? 'one breath' : `${cycles} breaths`} in your own way, then go on when you’re ready.`,
  breathWithoutBody:
    'No need to follow your breath. Rest your eyes on something steady, and go on when you’re ready.',
  pace: 'Pace',
  paceOption: (pace) => (pace === 1 ? 'Usual pace' : pace < 1 ? `${pace}× (slower)` : `${pace}× (faster)`),
  readAloud: 'Read aloud',
  voice: 'Voice',
  defaultVoice: 'Default voice',
  rate: 'Speaking rate',
  rateOption: (rate) => (rate === 1 ? 'Usual' : `${rate}×`),
  invalidScript: 'This script can’t be played yet. Here is what needs fixing:',
};

const decimal = (value: number) => String(value).replace('.', ',');

export const observerScriptMessagesEs: ObserverScriptMessages = {
  next: 'Siguiente',
  finish: 'Terminar',
  back: 'Atrás',
  startAgain: 'Empezar de nuevo',
  pause: 'Pausar',
  resume: 'Seguir',
  stepOf: ({ current, total }) => `${current} de ${total}`,
  lineAnnouncement: ({ current, total, text }) => `${current} de ${total}. ${text}`,
  complete: 'Te quedaste con ello. Eso cuenta.',
  transcript: 'Frases hasta ahora',
  controls: 'Reproducción',
  backFromExit: 'Volver al guion',
  promptHint: ({ fallback }) => `Opcional. Si no salen palabras, déjalo vacío y el guion dirá «${fallback}».`,
  withoutBody: 'Sin foco en el cuerpo',
  otherWords: 'Otras palabras',
  breathFallback: ({ cycles }) =>
    `Haz ${cycles === 1 ? 'una respiración' : `${cycles} respiraciones`} a tu manera y sigue cuando quieras.`,
  breathWithoutBody:
    'No hace falta seguir la respiración. Deja descansar la mirada en algo estable y sigue cuando quieras.',
  pace: 'Ritmo',
  paceOption: (pace) =>
    pace === 1 ? 'Ritmo habitual' : `${decimal(pace)}× (${pace < 1 ? 'más lento' : 'más rápido'})`,
  readAloud: 'Leer en voz alta',
  voice: 'Voz',
  defaultVoice: 'Voz predeterminada',
  rate: 'Velocidad de la voz',
  rateOption: (rate) => (rate === 1 ? 'Habitual' : `${decimal(rate)}×`),
  invalidScript: 'Este guion aún no se puede reproducir. Esto es lo que hay que corregir:',
};
