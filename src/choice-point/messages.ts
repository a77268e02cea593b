/** The ids of the default paths (two ways to read the moment of noticing), keyed in `paths`. */
export const defaultPathIds = ['shame', 'compassion'] as const;
export type DefaultPathId = (typeof defaultPathIds)[number];

/** The words of one default path. */
export interface ChoicePathMessages {
  label: string;
  description: string;
  /** Said after the affirmation once this path is chosen. */
  reflection: string;
}

/** Every user-visible string of ChoicePoint and ChoicePointDialog. */
export interface ChoicePointMessages {
  /** Heading over what the person noticed, kept on screen through every step. */
  noticedLabel: string;
  /** Heading over where in the body they feel it. */
  bodyLabel: string;
  /** The question that labels the group of paths. */
  question: string;
  /** The first words after any choice: noticing is the win, whatever was chosen. */
  affirmation: string;
  /** The default paths, by id. */
  paths: Record<DefaultPathId, ChoicePathMessages>;
  /** The button that leads from one path to another, named for where it leads. */
  wayBack: (params: { label: string }) => string;
  /** Announced politely when a path is chosen. */
  chosen: (params: { label: string }) => string;
  /** Label of the 0–10 scale before choosing. */
  intensityBefore: string;
  /** Label of the 0–10 scale after the reflection. */
  intensityAfter: string;
  /** What the ends of the scale mean. */
  intensityHint: string;
  /** Shown above the details when the host passed paths or a value that cannot work. */
  problemTitle: string;
  problems: {
    notAList: string;
    tooFewPaths: (params: { count: number }) => string;
    missingId: (params: { position: number }) => string;
    missingLabel: (params: { position: number }) => string;
    duplicateId: (params: { id: string }) => string;
    unknownValue: (params: { value: string; ids: string[] }) => string;
  };
  /** The dialog's title (it may be visually hidden, but screen readers always hear it). */
  dialogTitle: string;
  /** After "This isn’t helping" (with no `onExit`): the button back to the choice. */
  backFromExit: string;
}

export const choicePointMessages: ChoicePointMessages = {
  noticedLabel: 'What you noticed',
  bodyLabel: 'Where you feel it',
  question: 'How would you like to meet this moment?',
  affirmation: 'You noticed it. Noticing is how change begins.',
  paths: {
    shame: {
      label: 'As a setback',
      description: 'Frustration, blame, being hard on yourself.',
      reflection:
        'That harsh voice is an old one, and it makes sense that it showed up. You don’t have to argue with it. There is another way to hold this moment, whenever you’re ready.',
    },
    compassion: {
      label: 'As progress',
      description: 'Understanding, patience, trusting yourself.',
      reflection:
        'That pattern was trying to keep you safe, and it worked for a long time. You can thank it, and let your body take the time it needs.',
    },
  },
  // Labels are quoted, never lower-cased: a host's own label reads right as written.
  wayBack: ({ label }) => `Try “${label}” instead`,
  chosen: ({ label }) => `You chose “${label}”.`,
  intensityBefore: 'How strong is it right now?',
  intensityAfter: 'And how strong is it now?',
  intensityHint: '0 is barely there, 10 is as strong as it gets.',
  problemTitle: 'These choices can’t be shown right now.',
  problems: {
    notAList: 'The paths need to be a list.',
    tooFewPaths: ({ count }) =>
      `There need to be at least two paths to choose between, and there ${count === 1 ? 'is 1' : `are ${count}`}.`,
    missingId: ({ position }) => `Path ${position} has no id.`,
    missingLabel: ({ position }) => `Path ${position} has no label.`,
    duplicateId: ({ id }) => `More than one path has the id “${id}”; each path needs its own.`,
    unknownValue: ({ value, ids }) =>
      `“${value}” is not one of the paths (${ids.join(', ')}), so none is shown as chosen.`,
  },
  dialogTitle: 'A moment to choose',
  backFromExit: 'Go back to the choice',
};

export const choicePointMessagesEs: ChoicePointMessages = {
  noticedLabel: 'Lo que notaste',
  bodyLabel: 'Dónde lo sientes',
  question: '¿Cómo quieres recibir este momento?',
  affirmation: 'Te diste cuenta. Así empieza el cambio.',
  paths: {
    shame: {
      label: 'Como un retroceso',
      description: 'Frustración, culpa, ser duro contigo.',
      reflection:
        'Esa voz dura es antigua, y tiene sentido que aparezca. No tienes que discutir con ella. Hay otra manera de sostener este momento, cuando estés listo o lista.',
    },
    compassion: {
      label: 'Como un avance',
      description: 'Comprensión, paciencia, confianza en ti.',
      reflection:
        'Ese patrón intentaba protegerte, y lo hizo durante mucho tiempo. Puedes agradecérselo y dejar que tu cuerpo se tome el tiempo que necesita.',
    },
  },
  wayBack: ({ label }) => `Probar «${label}»`,
  chosen: ({ label }) => `Elegiste «${label}».`,
  intensityBefore: '¿Qué tan fuerte es ahora mismo?',
  intensityAfter: '¿Y qué tan fuerte es ahora?',
  intensityHint: '0 es apenas nada, 10 es lo más fuerte posible.',
  problemTitle: 'Estas opciones no se pueden mostrar ahora.',
  problems: {
    notAList: 'Los caminos tienen que ser una lista.',
    tooFewPaths: ({ count }) =>
      `Hacen falta al menos dos caminos para elegir, y ${count === 1 ? 'hay 1' : `hay ${count}`}.`,
    missingId: ({ position }) => `El camino ${position} no tiene id.`,
    missingLabel: ({ position }) => `El camino ${position} no tiene etiqueta.`,
    duplicateId: ({ id }) => `Más de un camino tiene el id «${id}»; cada camino necesita el suyo.`,
    unknownValue: ({ value, ids }) =>
      `«${value}» no es uno de los caminos (${ids.join(', ')}), así que ninguno aparece elegido.`,
  },
  dialogTitle: 'Un momento para elegir',
  backFromExit: 'Volver a la elección',
};
