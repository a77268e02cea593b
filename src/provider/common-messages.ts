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
}

export const commonMessages: CommonMessages = {
  exit: 'This isn’t helping',
  close: 'Close',
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
};
