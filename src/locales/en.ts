import { breathPacerMessages } from '../breath-pacer/messages';
import { choicePointMessages } from '../choice-point/messages';
import { observerScriptMessages } from '../observer-script/messages';
import { patternLogMessages } from '../pattern-log/messages';
import { momentFlowMessages } from '../moment-flow/messages';
import { groundingMessages } from '../grounding/messages';
import { commonMessages } from '../provider/common-messages';
import type { AttuneMessages } from './messages';

/** The English defaults, whole: a starting point for a translation. */
export const en: AttuneMessages = {
  common: commonMessages,
  breathPacer: breathPacerMessages,
  choicePoint: choicePointMessages,
  observerScript: observerScriptMessages,
  patternLog: patternLogMessages,
  momentFlow: momentFlowMessages,
  grounding: groundingMessages,
};
