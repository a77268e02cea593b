import type { BreathPhase } from './breathClock';

/** Every user-visible string of BreathPacer. */
export interface BreathPacerMessages {
  /** The accessible name of the widget. */
  label: string;
  /** The instruction for each phase, shown in the status region and announced. */
  phases: Record<BreathPhase, string>;
  /** The second, shorter inhale of a sigh. */
  inhaleMore: string;
  /** Before the first start. */
  ready: string;
  paused: string;
  /** When a bounded session has ended. */
  complete: string;
  /** The lead-in countdown. */
  leadIn: (params: { seconds: number }) => string;
  /** The breath count of a bounded session. */
  cycleOf: (params: { cycle: number; total: number }) => string;
  /** The breath count of an open-ended session. */
  cycle: (params: { cycle: number }) => string;
  /** A quiet line of permission under the controls. */
  hint: string;
  start: string;
  pause: string;
  resume: string;
  stop: string;
  /** After "This isn’t helping" (with no `onExit`): the button back to the paused breathing. */
  backFromExit: string;
}

export const breathPacerMessages: BreathPacerMessages = {
  label: 'Breathing guide',
  phases: { inhale: 'Breathe in', hold: 'Hold', exhale: 'Breathe out', rest: 'Rest' },
  inhaleMore: 'A little more in',
  ready: 'Start whenever you like.',
  paused: 'Paused',
  complete: 'That’s the end of this round. Notice how you feel.',
  leadIn: ({ seconds }) => `Starting in ${seconds}`,
  cycleOf: ({ cycle, total }) => `Breath ${cycle} of ${total}`,
  cycle: ({ cycle }) => `Breath ${cycle}`,
  hint: 'Breathe in whatever way feels okay. You can stop at any time.',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  backFromExit: 'Go back to the breathing',
};

export const breathPacerMessagesEs: BreathPacerMessages = {
  label: 'Guía de respiración',
  phases: { inhale: 'Inhala', hold: 'Sostén', exhale: 'Exhala', rest: 'Descansa' },
  inhaleMore: 'Un poco más de aire',
  ready: 'Empieza cuando quieras.',
  paused: 'En pausa',
  complete: 'Aquí termina esta ronda. Fíjate en cómo te sientes.',
  leadIn: ({ seconds }) => `Empezamos en ${seconds}`,
  cycleOf: ({ cycle, total }) => `Respiración ${cycle} de ${total}`,
  cycle: ({ cycle }) => `Respiración ${cycle}`,
  hint: 'Respira de la forma que te resulte cómoda. Puedes parar cuando quieras.',
  start: 'Empezar',
  pause: 'Pausar',
  resume: 'Seguir',
  stop: 'Parar',
  backFromExit: 'Volver a la respiración',
};
