import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFormatters } from '../provider/useFormatters';
import { useReducedMotion } from '../provider/useReducedMotion';
import { isHighIntensity } from '../provider/support';
import { ExitOrOffer } from '../provider/ExitOrOffer';
import { SupportOffer } from '../provider/SupportOffer';
import { hiddenWhile, useGentleExit } from '../shared/useGentleExit';
import { stepLook, useStepMotion } from '../shared/useStepMotion';
import { widgetRootProps, type WidgetStyleProps } from '../shared/widget';
import type { ChoicePath } from './choicePaths';
import { IntensityScale } from './IntensityScale';
import { useChoicePoint, type UseChoicePointOptions } from './useChoicePoint';

export interface ChoicePointProps extends UseChoicePointOptions, WidgetStyleProps {
  /**
   * Asks how strong it feels (0–10) before choosing and again after the reflection;
   * the answers arrive in `choice.intensity` (read when a path is chosen) and, through
   * `onIntensityAfterChange`, in `choice.intensityAfter`.
   * @selector .attune-ChoicePoint-intensity[data-when]
   */
  askIntensity?: boolean;
  /**
   * Shown after any path that offers no way back (by default after `compassion`): the
   * host's next step, e.g. an ObserverScript or a BreathPacer.
   */
  next?: ReactNode | ((path: ChoicePath) => ReactNode);
  /**
   * Called when "This isn’t helping" is pressed; the host decides what comes next (its own
   * screen can show `SupportOffer`). Without it, the choice steps aside for a calm offer of the
   * provider's `support` and a button back to the choice.
   * @selector .attune-Exit
   */
  onExit?: () => void;
  /** The level of the heading of the support offer (after the exit, or an intensity of 9–10). @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * The moment of choosing how to meet a noticed pattern. What was noticed stays on screen;
 * the paths are a radio group (one tab stop; arrow keys move, Space or Enter chooses);
 * after a choice comes that path's reflection, which first affirms the noticing.
 *
 * @selector [data-state="choosing" | "chosen" | "invalid"] on the root, and `[data-path]`
 * @selector [data-motion="reduce"] when motion is reduced (absent otherwise)
 */
export function ChoicePoint(props: ChoicePointProps) {
  const { askIntensity = false, next, onExit, headingLevel = 2 } = props;
  const state = useChoicePoint(props);
  const exitButton = useRef<HTMLButtonElement>(null);
  const gentle = useGentleExit(onExit, undefined, [exitButton]);
  const { messages, paths, errors, chosen, wayBack } = state;
  const reducedMotion = useReducedMotion();
  const reflectionMotion = useStepMotion<HTMLDivElement>(stepLook, reducedMotion);
  const { list } = useFormatters();
  const questionId = useId();
  const radios = useRef(new Map<string, HTMLButtonElement>());
  // The roving tab stop follows focus inside the group and falls back to the chosen path.
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const usable = paths.length > 0;
  const tabStop = focusedId ?? chosen?.id ?? paths[0]?.id;

  function focusPath(path: ChoicePath | undefined) {
    if (path) radios.current.get(path.id)?.focus();
  }

  function onPathKeyDown(event: KeyboardEvent<HTMLButtonElement>, current: number) {
    const last = paths.length - 1;
    let target: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        target = current === last ? 0 : current + 1;
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        target = current === 0 ? last : current - 1;
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    focusPath(paths[target]);
  }

  function takeWayBack() {
    if (!wayBack) return;
    state.choose(wayBack.id);
    // The button goes away with the choice; keep focus on the path it led to.
    focusPath(wayBack);
  }

  const rootState = !usable ? 'invalid' : chosen ? 'chosen' : 'choosing';

  return (
    <div
      {...widgetRootProps('ChoicePoint', props)}
      data-state={rootState}
      data-path={chosen?.id}
      data-motion={reducedMotion ? 'reduce' : undefined}
    >
      <div {...hiddenWhile(gentle.offering)}>
        <dl className="attune-ChoicePoint-noticed">
          <dt>{messages.noticedLabel}</dt>
          <dd className="attune-ChoicePoint-noticedValue">{state.noticedLabel}</dd>
          {state.bodyLabels.length > 0 && (
            <>
              <dt>{messages.bodyLabel}</dt>
              <dd className="attune-ChoicePoint-body">{list(state.bodyLabels)}</dd>
            </>
          )}
        </dl>

        {errors.length > 0 && (
          <div className="attune-ChoicePoint-problem" role="status">
            {!usable && <p className="attune-ChoicePoint-problemTitle">{messages.problemTitle}</p>}
            <ul>
              {errors.map((error) => (
                <li key={error.message}>{error.message}</li>
              ))}
            </ul>
          </div>
        )}

        {usable && askIntensity && (
          <IntensityScale
            when="before"
            messages={messages}
            value={state.intensity}
            onChange={state.setIntensity}
          />
        )}
        {usable && askIntensity && isHighIntensity(state.intensity) && (
          <SupportOffer reason="intensity" headingLevel={headingLevel} />
        )}

        {usable && (
          <>
            <p id={questionId} className="attune-ChoicePoint-question">
              {messages.question}
            </p>
            <div
              role="radiogroup"
              aria-labelledby={questionId}
              className="attune-ChoicePoint-paths"
              onBlur={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget)) setFocusedId(null);
              }}
            >
              {paths.map((path, index) => (
                <PathOption
                  key={path.id}
                  path={path}
                  checked={path.id === chosen?.id}
                  tabbable={path.id === tabStop}
                  onFocus={() => setFocusedId(path.id)}
                  onKeyDown={(event) => onPathKeyDown(event, index)}
                  onChoose={() => state.choose(path.id)}
                  register={(element) => {
                    if (element) radios.current.set(path.id, element);
                    else radios.current.delete(path.id);
                  }}
                />
              ))}
            </div>
          </>
        )}

        {chosen && (
          <div
            key={chosen.id}
            ref={reflectionMotion}
            className="attune-ChoicePoint-reflection"
            data-path={chosen.id}
          >
            <p className="attune-ChoicePoint-affirmation">{messages.affirmation}</p>
            {chosen.reflection && <p>{chosen.reflection}</p>}
            {wayBack ? (
              <button
                type="button"
                className="attune-Button attune-ChoicePoint-wayBack"
                onClick={takeWayBack}
              >
                {messages.wayBack({ label: wayBack.label })}
              </button>
            ) : (
              next !== undefined && (
                <div className="attune-ChoicePoint-next">
                  {typeof next === 'function' ? next(chosen) : next}
                </div>
              )
            )}
            {askIntensity && (
              <IntensityScale
                when="after"
                messages={messages}
                value={state.intensityAfter}
                onChange={state.setIntensityAfter}
              />
            )}
            {askIntensity && isHighIntensity(state.intensityAfter) && (
              <SupportOffer reason="intensity" headingLevel={headingLevel} />
            )}
          </div>
        )}
      </div>

      <ExitOrOffer
        ref={exitButton}
        gentle={gentle}
        headingLevel={headingLevel}
        backLabel={messages.backFromExit}
      />
    </div>
  );
}

interface PathOptionProps {
  path: ChoicePath;
  checked: boolean;
  tabbable: boolean;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onChoose: () => void;
  register: (element: HTMLButtonElement | null) => void;
}

function PathOption({ path, checked, tabbable, onFocus, onKeyDown, onChoose, register }: PathOptionProps) {
  const id = useId();
  return (
    <button
      ref={register}
      type="button"
      role="radio"
      aria-checked={checked}
      aria-labelledby={`${id}-label`}
      aria-describedby={path.description ? `${id}-description` : undefined}
      tabIndex={tabbable ? 0 : -1}
      className="attune-ChoicePoint-path"
      data-path={path.id}
      data-state={checked ? 'checked' : 'unchecked'}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      onClick={onChoose}
    >
      <span className="attune-ChoicePoint-pathMark" aria-hidden="true" />
      <span className="attune-ChoicePoint-pathText">
        <span id={`${id}-label`} className="attune-ChoicePoint-pathLabel">
          {path.label}
        </span>
        {path.description && (
          <span id={`${id}-description`} className="attune-ChoicePoint-pathDescription">
            {path.description}
          </span>
        )}
      </span>
    </button>
  );
}
