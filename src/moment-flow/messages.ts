import type { Script } from '../observer-script/script';
import type { MomentStep } from './flow';

/** Every user-visible string of MomentFlow. */
export interface MomentFlowMessages {
  /** The heading of each step; screen readers land on it when the step changes. */
  stepTitle: Record<Exclude<MomentStep, 'done'>, string> & { done: string };
  /** Stands in for the pattern when the person skipped naming it. */
  unnamedPattern: string;
  /** Labels of the pattern picker on the first step. */
  patternLegend: string;
  otherPattern: string;
  otherPatternLabel: string;
  bodyLegend: string;
  whenLegend: string;
  /** The optional note on the first step, saved with the moment. */
  noteLabel: string;
  /** Shown when Continue is pressed before a pattern is picked. */
  patternMissing: string;
  continue: string;
  /** Goes to the previous step (named apart from ObserverScript's Back, which goes a line back). */
  back: string;
  skip: string;
  /** After "This isn’t helping" (with no `onExit`): the button back to the step the person was on. */
  backFromExit: string;
  /** On the breathing step: offers grounding in its place, and back. */
  groundInstead: string;
  breatheInstead: string;
  /** The closing words; noticing is the win, whatever happened in between. */
  doneBody: string;
  saved: string;
  notSaved: string;
  /** The button that opens MomentFlowDialog by default. */
  trigger: string;
  dialogTitle: string;
  /**
   * The script after the compassion path in this language, when the host passes none. Left
   * out in English (the built-in `observerScripts.compassionateObserver` is the default); a
   * locale table sets it, so the flow never speaks English in the middle of another language.
   */
  defaultScript?: Script;
}

export const momentFlowMessages: MomentFlowMessages = {
  stepTitle: {
    notice: 'What did you notice?',
    choose: 'How would you like to meet it?',
    observe: 'A kinder voice',
    breathe: 'Breathe at your own pace',
    ground: 'Come back to here and now',
    done: 'You noticed. That matters.',
  },
  unnamedPattern: 'Something I noticed',
  patternLegend: 'What did you notice?',
  otherPattern: 'Something else',
  otherPatternLabel: 'In your own words',
  bodyLegend: 'Where do you feel it? (optional)',
  whenLegend: 'When did you notice? (optional)',
  noteLabel: 'Anything you want to remember? (optional)',
  patternMissing: 'Pick what you noticed, or put it in your own words.',
  continue: 'Continue',
  back: 'Previous step',
  skip: 'Skip this step',
  backFromExit: 'Go back to this moment',
  groundInstead: 'Try grounding instead',
  breatheInstead: 'Try breathing instead',
  doneBody: 'Catching a pattern is the hard part, and you did it. You can come back to this any time.',
  saved: 'Saved to your log.',
  notSaved: 'This moment could not be saved yet. It is kept here until it can be.',
  trigger: 'I noticed something',
  dialogTitle: 'A moment of noticing',
};

export const momentFlowMessagesEs: MomentFlowMessages = {
  stepTitle: {
    notice: '¿Qué notaste?',
    choose: '¿Cómo quieres recibirlo?',
    observe: 'Una voz más amable',
    breathe: 'Respira a tu ritmo',
    ground: 'Vuelve al aquí y ahora',
    done: 'Lo notaste. Eso importa.',
  },
  unnamedPattern: 'Algo que noté',
  patternLegend: '¿Qué notaste?',
  otherPattern: 'Otra cosa',
  otherPatternLabel: 'Con tus propias palabras',
  bodyLegend: '¿Dónde lo sientes? (opcional)',
  whenLegend: '¿Cuándo lo notaste? (opcional)',
  noteLabel: '¿Algo que quieras recordar? (opcional)',
  patternMissing: 'Elige lo que notaste o escríbelo con tus palabras.',
  continue: 'Continuar',
  back: 'Paso anterior',
  skip: 'Saltar este paso',
  backFromExit: 'Volver a este momento',
  groundInstead: 'Probar a volver al aquí y ahora',
  breatheInstead: 'Probar a respirar',
  doneBody: 'Darte cuenta de un patrón es lo difícil, y lo hiciste. Puedes volver a esto cuando quieras.',
  saved: 'Guardado en tu registro.',
  notSaved: 'Este momento aún no se pudo guardar. Se queda aquí hasta que se pueda.',
  trigger: 'Noté algo',
  dialogTitle: 'Un momento de darse cuenta',
};
