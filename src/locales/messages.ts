import type { BreathPacerMessages } from '../breath-pacer/messages';
import type { ChoicePointMessages } from '../choice-point/messages';
import type { GroundingMessages } from '../grounding/messages';
import type { MomentFlowMessages } from '../moment-flow/messages';
import type { ObserverScriptMessages } from '../observer-script/messages';
import type { PatternLogMessages } from '../pattern-log/messages';
import type { CommonMessages } from '../provider/common-messages';
import type { DeepPartial } from '../provider/messages';

/**
 * Every user-visible string of attune-ui, one namespace per widget. Each widget owns its part
 * (its `messages.ts`); this table only composes them, so nothing below it knows every widget.
 * Values are plain strings, or functions of their parameters where a string needs numbers or
 * plurals; each locale's table owns its own grammar.
 */
export interface AttuneMessages {
  common: CommonMessages;
  breathPacer: BreathPacerMessages;
  choicePoint: ChoicePointMessages;
  observerScript: ObserverScriptMessages;
  patternLog: PatternLogMessages;
  momentFlow: MomentFlowMessages;
  grounding: GroundingMessages;
}

/** Any part of `AttuneMessages`, at any depth: what `AttuneProvider`'s `messages` takes. */
export type MessageOverrides = DeepPartial<AttuneMessages>;
