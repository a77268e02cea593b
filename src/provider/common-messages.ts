import type { NoticedWhen } from '../shared/moment';

/** The default pattern ids: survival strategies a person may catch themselves in. */
export const defaultPatternIds = [
  'people-pleasing',
  'fawning',
  'withdrawing',
  'hypervigilance',
  'bracing',
  'keeping-quiet',
  'cannot-rest',
] as const;
export type DefaultPatternId = (typeof defaultPatternIds)[number];

/** The default body areas a person may feel a pattern in. */
export const defaultBodyAreas = [
  'jaw',
  'throat',
  'chest',
  'shoulders',
  'stomach',
  'hands',
  'back',
  'breath',
] as const;
export type DefaultBodyArea = (typeof defaultBodyAreas)[number];

/** Strings that more than one widget uses. */
export interface CommonMessages {
  /** The gentle way out that every widget offers. */
  exit: string;
  close: string;
  /** Labels of the default patterns, by id. */
  patterns: Record<DefaultPatternId, string>;
  /** Labels of the default body areas, by id. */
  bodyAreas: Record<DefaultBodyArea, string>;
  /** When the pattern was noticed, relative to the moment itself. */
  when: Record<NoticedWhen, string>;
  /** The calm offer of the host's support resources (see `AttuneProvider`'s `support`). */
  support: SupportMessages;
}

/** The words of `SupportOffer`: after the gentle exit, and after a very strong intensity. */
export interface SupportMessages {
  /** Heading after "This isn’t helping". */
  exitTitle: string;
  exitBody: string;
  /** Heading when an intensity of 9 or 10 is recorded. */
  intensityTitle: string;
  intensityBody: string;
  /** Names the list of the host's resources. */
  resourcesLabel: string;
  /** Said at the end of every offer after the exit. */
  comeBack: string;
}

/** What every widget says: its exit, a dialog's close, the support offer. */
export type ExitMessages = Pick<CommonMessages, 'exit' | 'close' | 'support'>;
/** The labels that a widget naming a pattern shows (ChoicePoint, MomentFlow, PatternLog). */
export type PatternLabels = Pick<CommonMessages, 'patterns' | 'bodyAreas' | 'when'>;

// The English table in two halves, so that a widget that names no pattern (BreathPacer,
// ObserverScript, Grounding, the dialogs) carries none of the labels. Both halves are read
// under the one `common` namespace, so an app's overrides reach them as before.
export const exitMessages: ExitMessages = {
  exit: 'This isn’t helping',
  close: 'Close',
  support: {
    exitTitle: 'Pausing here',
    exitBody: 'It’s okay to stop. Nothing here needs finishing.',
    intensityTitle: 'Support, if you want it',
    intensityBody: 'That sounds like a lot to hold right now. You don’t have to hold it alone.',
    resourcesLabel: 'If it would help to reach someone',
    comeBack: 'You can come back to this any time.',
  },
};

export const patternLabels: PatternLabels = {
  patterns: {
    'people-pleasing': 'People-pleasing',
    fawning: 'Fawning',
    withdrawing: 'Withdrawing',
    hypervigilance: 'Staying on high alert',
    bracing: 'Shoulders tightening',
    'keeping-quiet': 'Keeping quiet to keep the peace',
    'cannot-rest': 'Not being able to rest',
  },
  bodyAreas: {
    jaw: 'Jaw',
    throat: 'Throat',
    chest: 'Chest',
    shoulders: 'Shoulders',
    stomach: 'Stomach',
    hands: 'Hands',
    back: 'Back',
    breath: 'Breath',
  },
  when: {
    before: 'Before it happened',
    during: 'While it was happening',
    after: 'Afterwards',
  },
};

/** The English `common` table, whole. */
// A call marked pure, not a spread: bundlers keep an unused spread (it might run getters).
export const commonMessages: CommonMessages = /* @__PURE__ */ Object.assign({}, exitMessages, patternLabels);

export const commonMessagesEs: CommonMessages = {
  exit: 'Esto no me está ayudando',
  close: 'Cerrar',
  patterns: {
    'people-pleasing': 'Complacer a los demás',
    fawning: 'Apaciguar por miedo',
    withdrawing: 'Retirarme',
    hypervigilance: 'Estar en alerta',
    bracing: 'Tensar los hombros',
    'keeping-quiet': 'Callar para mantener la paz',
    'cannot-rest': 'No poder descansar',
  },
  bodyAreas: {
    jaw: 'Mandíbula',
    throat: 'Garganta',
    chest: 'Pecho',
    shoulders: 'Hombros',
    stomach: 'Estómago',
    hands: 'Manos',
    back: 'Espalda',
    breath: 'Respiración',
  },
  when: {
    before: 'Antes de que pasara',
    during: 'Mientras pasaba',
    after: 'Después',
  },
  support: {
    exitTitle: 'Una pausa aquí',
    exitBody: 'Está bien parar. Nada de esto tiene que terminarse.',
    intensityTitle: 'Apoyo, si lo quieres',
    intensityBody: 'Parece mucho para sostener ahora. No tienes que sostenerlo a solas.',
    resourcesLabel: 'Si te ayuda hablar con alguien',
    comeBack: 'Puedes volver a esto cuando quieras.',
  },
};
