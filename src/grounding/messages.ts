import type { GroundingStepId, GroundingVariant } from './groundingExercise';

/** The words of one step: its heading, and an invitation under it. */
export interface GroundingStepMessages {
  title: string;
  prompt: string;
}

/** Every user-visible string of Grounding. */
export interface GroundingMessages {
  /** The widget's name, by variant. */
  title: Record<GroundingVariant, string>;
  /** A line under the title that says the pace and the choices are the person's. */
  intro: Record<GroundingVariant, string>;
  /** Each step's heading (it takes focus when the step appears) and invitation. */
  steps: Record<GroundingStepId, GroundingStepMessages>;
  /** The position, shown: "2 of 5". */
  stepOf: (position: { current: number; total: number }) => string;
  /** Said politely when a new step appears (its heading is read as it takes focus). */
  stepAnnouncement: (position: { current: number; total: number }) => string;
  /** Names the answer fields of a step: writing is optional, thinking it is enough. */
  answers: string;
  /** One answer field of a step with several: "Thing 2". */
  answer: (field: { number: number }) => string;
  next: string;
  /** The last step's button. */
  finish: string;
  back: string;
  /** Moves on from a step without it, e.g. a sense that isn't there for the person. */
  skip: string;
  /** Shown after the end, in place of Next. */
  startAgain: string;
  /** After "This isn’t helping" with no `onExit`: back to the exercise, as it was left. */
  backFromExit: string;
  /** Names the group of Back, Skip and Next. */
  controls: string;
  /** The heading after the last step (it takes focus), and the words under it. */
  completeTitle: string;
  completeBody: string;
}

export const groundingMessages: GroundingMessages = {
  title: {
    senses: 'Come back through your senses',
    orienting: 'Find where you are',
  },
  intro: {
    senses: 'Go as slowly as you like. Skip anything that doesn’t fit you today.',
    orienting: 'A few plain facts about here and now. Take your time; skip any of them.',
  },
  steps: {
    see: {
      title: 'Five things you can see',
      prompt: 'Notice them one at a time: a colour, a shape, something small. Fewer is fine too.',
    },
    hear: {
      title: 'Four things you can hear',
      prompt: 'Near or far, loud or quiet. Even the hum of a room counts.',
    },
    touch: {
      title: 'Three things you can touch',
      prompt: 'What is under you, the fabric of your clothes, the air on your skin. Whatever is there.',
    },
    smell: {
      title: 'Two things you can smell',
      prompt: 'It may be faint, or nothing at all. Noticing that is enough.',
    },
    taste: {
      title: 'One thing you can taste',
      prompt: 'Whatever is there right now, even just your mouth as it is.',
    },
    place: {
      title: 'Where you are',
      prompt: 'Name the place you are in: the room, the building, the town.',
    },
    date: {
      title: 'Today’s date',
      prompt: 'The day of the week, the month, the year: as much as comes to you.',
    },
    time: {
      title: 'The time of day',
      prompt: 'Morning, afternoon, evening or night? What tells you so?',
    },
    hold: {
      title: 'Something you can hold',
      prompt: 'Something near you, in your hand or your lap. Notice its weight, its temperature.',
    },
  },
  stepOf: ({ current, total }) => `${current} of ${total}`,
  stepAnnouncement: ({ current, total }) => `Step ${current} of ${total}`,
  answers: 'In words, if you like (optional)',
  answer: ({ number }) => `Thing ${number}`,
  next: 'Next',
  finish: 'Finish',
  back: 'Back',
  skip: 'Skip this one',
  startAgain: 'Start again',
  backFromExit: 'Go back to the exercise',
  controls: 'Steps',
  completeTitle: 'You’re here, right now.',
  completeBody: 'However much you noticed, it was enough. Stay with this for as long as you like.',
};

export const groundingMessagesEs: GroundingMessages = {
  title: {
    senses: 'Vuelve a través de tus sentidos',
    orienting: 'Ubícate donde estás',
  },
  intro: {
    senses: 'Ve tan despacio como quieras. Salta lo que hoy no te encaje.',
    orienting: 'Unos datos sencillos sobre el aquí y el ahora. Tómate tu tiempo; puedes saltar cualquiera.',
  },
  steps: {
    see: {
      title: 'Cinco cosas que puedes ver',
      prompt: 'Nótalas de una en una: un color, una forma, algo pequeño. Menos también está bien.',
    },
    hear: {
      title: 'Cuatro cosas que puedes oír',
      prompt: 'Cerca o lejos, fuerte o suave. Hasta el murmullo de una habitación cuenta.',
    },
    touch: {
      title: 'Tres cosas que puedes tocar',
      prompt: 'Lo que tienes debajo, la tela de tu ropa, el aire en la piel. Lo que haya.',
    },
    smell: {
      title: 'Dos cosas que puedes oler',
      prompt: 'Puede ser algo muy suave, o nada. Notarlo ya es suficiente.',
    },
    taste: {
      title: 'Una cosa que puedes saborear',
      prompt: 'Lo que haya ahora mismo, aunque sea tu boca tal como está.',
    },
    place: {
      title: 'Dónde estás',
      prompt: 'Nombra el lugar en el que estás: la habitación, el edificio, la ciudad.',
    },
    date: {
      title: 'La fecha de hoy',
      prompt: 'El día de la semana, el mes, el año: lo que te venga.',
    },
    time: {
      title: 'El momento del día',
      prompt: '¿Mañana, tarde, atardecer o noche? ¿Qué te lo dice?',
    },
    hold: {
      title: 'Algo que puedas sostener',
      prompt: 'Algo cerca de ti, en la mano o en el regazo. Nota su peso, su temperatura.',
    },
  },
  stepOf: ({ current, total }) => `${current} de ${total}`,
  stepAnnouncement: ({ current, total }) => `Paso ${current} de ${total}`,
  answers: 'Con palabras, si quieres (opcional)',
  answer: ({ number }) => `Cosa ${number}`,
  next: 'Siguiente',
  finish: 'Terminar',
  back: 'Atrás',
  skip: 'Saltar este',
  startAgain: 'Empezar de nuevo',
  backFromExit: 'Volver al ejercicio',
  controls: 'Pasos',
  completeTitle: 'Estás aquí, ahora.',
  completeBody: 'Notaras lo que notaras, fue suficiente. Quédate con esto el tiempo que quieras.',
};
