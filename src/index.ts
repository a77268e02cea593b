export * from './provider';
export * from './breath-pacer';
export * from './choice-point';
export * from './observer-script';
export * from './pattern-log';
export { en } from './locales/en';
export { es } from './locales/es';
export type { Moment, NoticedWhen } from './shared/moment';
