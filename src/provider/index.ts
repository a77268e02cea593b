export {
  useAttune,
  useSupport,
  type AttuneContextValue,
  type AttuneTheme,
  type ReducedMotionSetting,
} from './context';
export { useMessages } from './useMessages';
export { useFormatters, createFormatters, type Formatters } from './useFormatters';
export { useReducedMotion } from './useReducedMotion';
export { announce, type AnnounceOptions } from './announcer';
export { mergeMessages, type DeepPartial } from './messages';
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
  isHighIntensity,
  type CheckedSupport,
  type SupportInput,
  type SupportResource,
} from './support';
export { SupportOffer, type SupportOfferProps } from './SupportOffer';
