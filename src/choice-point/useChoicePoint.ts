import { useControllableState } from '../shared/useControllableState';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { announce } from '../provider/announcer';
import { patternLabels } from '../provider/common-messages';
import type { DeepPartial } from '../provider/messages';
import { useMessages } from '../provider/useMessages';
import {
  bodyList,
  createChoice,
  defaultPaths,
  labelFor,
  validatePaths,
  validateValue,
  wayBackFrom,
  type ChoicePath,
  type Choice,
  type ChoicePointError,
} from './choicePaths';
import { choicePointMessages, type ChoicePointMessages } from './messages';

export interface UseChoicePointOptions {
  /** What was noticed: a default pattern id (shown by its label) or any text. */
  noticed: string;
  /** Where in the body it is felt: body area ids (shown by their labels) or any text. */
  body?: string | readonly string[];
  /** The paths to choose between, two or more. @default the `shame` and `compassion` paths */
  paths?: readonly ChoicePath[];
  /** The chosen path id (controlled); `null` for none. */
  value?: string | null;
  /** The path id chosen at first (uncontrolled). */
  defaultValue?: string | null;
  /**
   * Called each time a path is chosen, the way back included, in order. With `value`, it is
   * a request: the widget shows the new path once the host passes it back.
   */
  onChoose?: (choice: Choice) => void;
  /** Called with the id of each path chosen, for a host that controls `value`. */
  onValueChange?: (value: string | null) => void;
  /** Called when the after-reflection intensity is set, with the latest choice completed. */
  onIntensityAfterChange?: (choice: Choice) => void;
  /** Which path leads back to which: `{ from: to }`. @default { shame: 'compassion' } */
  wayBack?: Readonly<Record<string, string>>;
  /** Replaces any of the widget's strings. */
  messages?: DeepPartial<ChoicePointMessages>;
}

export interface UseChoicePointResult {
  messages: ChoicePointMessages;
  /** The paths to show; empty when the given paths cannot work (see `errors`). */
  paths: ChoicePath[];
  /** Problems with the given paths or value, each with a sentence naming it. */
  errors: ChoicePointError[];
  /** The label of what was noticed, and of each body area. */
  noticedLabel: string;
  bodyLabels: string[];
  /** The chosen path, or undefined when none (or the value is not a path). */
  chosen: ChoicePath | undefined;
  /** The path offered after `chosen` as a way back, if any. */
  wayBack: ChoicePath | undefined;
  /** Chooses a path by id: reports the choice and announces it. */
  choose: (pathId: string) => void;
  intensity: number | undefined;
  setIntensity: (value: number) => void;
  intensityAfter: number | undefined;
  setIntensityAfter: (value: number) => void;
}

/**
 * The headless ChoicePoint: which path is chosen, what it leads back to, the intensity
 * before and after, the `onChoose` records and the announcements. No markup, no CSS.
 */
export function useChoicePoint(options: UseChoicePointOptions): UseChoicePointResult {
  const { body, onChoose, onIntensityAfterChange } = options;
  // Typed as text, but an untyped host may pass anything; render it as text, never crash.
  const noticed = typeof options.noticed === 'string' ? options.noticed : String(options.noticed ?? '');
  const messages = useMessages('choicePoint', choicePointMessages, options.messages);
  const common = useMessages('common', patternLabels);

  const given = options.paths ?? null;
  const pathsCheck = useMemo(
    () => validatePaths(given ?? defaultPaths(messages), messages.problems),
    [given, messages],
  );
  const paths = useMemo(() => (pathsCheck.ok ? pathsCheck.paths : []), [pathsCheck]);

  const [value, setValue] = useControllableState<string | null>({
    prop: options.value,
    defaultProp: options.defaultValue ?? null,
    onChange: options.onValueChange,
    caller: 'ChoicePoint',
  });
  const valueError = pathsCheck.ok ? validateValue(value, paths, messages.problems) : undefined;
  const errors = pathsCheck.ok ? (valueError ? [valueError] : []) : pathsCheck.errors;
  const chosen = valueError ? undefined : paths.find((path) => path.id === value);

  const errorText = errors.map((error) => error.message).join(' ');
  useEffect(() => {
    // Written out, not a helper: bundlers fold it away, warning and all, in production.
    if (process.env.NODE_ENV !== 'production' && errorText)
      console.error(`attune-ui ChoicePoint: ${errorText}`);
  }, [errorText]);

  const bodyIds = useMemo(() => bodyList(body), [body]);
  const [intensity, setIntensity] = useState<number | undefined>(undefined);
  // The answer after belongs to the path it followed: another path shown starts it afresh.
  const [after, setAfter] = useState<{ path: string; value: number } | undefined>(undefined);
  const intensityAfter = after && after.path === chosen?.id ? after.value : undefined;
  const lastChoice = useRef<Choice | undefined>(undefined);

  // A choice is announced once it shows: a host that controls `value` may keep its own.
  const toAnnounce = useRef<string | null>(null);
  useEffect(() => {
    if (!chosen || toAnnounce.current !== chosen.id) return;
    toAnnounce.current = null;
    announce(
      [messages.chosen({ label: chosen.label }), messages.affirmation, chosen.reflection]
        .filter(Boolean)
        .join(' '),
    );
  }, [chosen, messages]);

  const choose = useCallback(
    (pathId: string) => {
      const path = paths.find((p) => p.id === pathId);
      if (!path || pathId === value) return;
      const choice = createChoice({ path: pathId, noticed, body: bodyIds, intensity });
      lastChoice.current = choice;
      toAnnounce.current = pathId;
      setValue(pathId);
      onChoose?.(choice);
    },
    [paths, value, noticed, bodyIds, intensity, setValue, onChoose],
  );

  const setIntensityAfter = useCallback(
    (next: number) => {
      if (!chosen) return;
      setAfter({ path: chosen.id, value: next });
      // A value chosen by the host has no record yet; the after-intensity starts one.
      const base =
        lastChoice.current?.path === chosen.id
          ? lastChoice.current
          : createChoice({ path: chosen.id, noticed, body: bodyIds, intensity });
      lastChoice.current = { ...base, intensityAfter: next };
      onIntensityAfterChange?.(lastChoice.current);
    },
    [chosen, noticed, bodyIds, intensity, onIntensityAfterChange],
  );

  return {
    messages,
    paths,
    errors,
    noticedLabel: labelFor(noticed, common.patterns),
    bodyLabels: bodyIds.map((area) => labelFor(area, common.bodyAreas)),
    chosen,
    wayBack: wayBackFrom(chosen?.id, paths, options.wayBack),
    choose,
    intensity,
    setIntensity,
    intensityAfter,
    setIntensityAfter,
  };
}
