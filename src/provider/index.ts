export { useSupport, type AttuneTheme, type ReducedMotionSetting } from './context';
// How widgets read their words, numbers and context (useMessages, useFormatters, useAttune,
// mergeMessages) stays private: apps set them through AttuneProvider's props.
export { useReducedMotion } from './useReducedMotion';
export { announce, type AnnounceOptions } from './announcer';
export type { DeepPartial } from './messages';
export {
  commonMessages,
  defaultPatternIds,
  defaultBodyAreas,
  type CommonMessages,
  type SupportMessages,
  type DefaultPatternId,
  type DefaultBodyArea,
} from './common-messages';
export {
  checkSupportResources,
  type CheckedSupport,
  type SupportInput,
  type SupportResource,
} from './support';
export { SupportOffer, type SupportOfferProps } from './SupportOffer';
