import { breathPacerMessagesEs } from '../breath-pacer/messages';
import { choicePointMessagesEs } from '../choice-point/messages';
import { observerScriptMessagesEs } from '../observer-script/messages';
import { patternLogMessagesEs } from '../pattern-log/messages';
import { momentFlowMessagesEs } from '../moment-flow/messages';
import { groundingMessagesEs } from '../grounding/messages';
import { commonMessagesEs } from '../provider/common-messages';
import type { AttuneMessages } from './messages';
import { compassionateObserverEs } from '../observer-script/scripts';

/** Every string of attune-ui in Spanish: `<AttuneProvider locale="es" messages={es}>`. */
export const es: AttuneMessages = {
  common: commonMessagesEs,
  breathPacer: breathPacerMessagesEs,
  choicePoint: choicePointMessagesEs,
  observerScript: observerScriptMessagesEs,
  patternLog: patternLogMessagesEs,
  momentFlow: { ...momentFlowMessagesEs, defaultScript: compassionateObserverEs },
  grounding: groundingMessagesEs,
};
