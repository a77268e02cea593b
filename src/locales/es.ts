import { breathPacerMessagesEs } from '../breath-pacer/messages';
import { choicePointMessagesEs } from '../choice-point/messages';
import { observerScriptMessagesEs } from '../observer-script/messages';
import { patternLogMessagesEs } from '../pattern-log/messages';
import { momentFlowMessagesEs } from '../moment-flow/messages';
import { groundingMessagesEs } from '../grounding/messages';
import { commonMessagesEs } from '../provider/common-messages';
import type { AttuneMessages } from './messages';
import { compassionateObserverEs } from '../observer-script/scripts';

// A call marked pure rather than `{ ...momentFlowMessagesEs, … }`: bundlers cannot prove that a
// spread has no side effects, so they kept all of `es` (6 KB gzip) in apps that import only `en`.
const momentFlowEs = /* @__PURE__ */ Object.assign({}, momentFlowMessagesEs, {
  defaultScript: compassionateObserverEs,
});

/** Every string of attune-ui in Spanish: `<AttuneProvider locale="es" messages={es}>`. */
export const es: AttuneMessages = {
  common: commonMessagesEs,
  breathPacer: breathPacerMessagesEs,
  choicePoint: choicePointMessagesEs,
  observerScript: observerScriptMessagesEs,
  patternLog: patternLogMessagesEs,
  momentFlow: momentFlowEs,
  grounding: groundingMessagesEs,
};
