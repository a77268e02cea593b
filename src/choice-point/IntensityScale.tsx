import { useId } from 'react';
import { useFormatters } from '../provider/useFormatters';
import { intensityRange } from './choicePaths';
import type { ChoicePointMessages } from './messages';

const points = Array.from(
  { length: intensityRange.max - intensityRange.min + 1 },
  (_, index) => intensityRange.min + index,
);

interface IntensityScaleProps {
  messages: Pick<ChoicePointMessages, 'intensityBefore' | 'intensityAfter' | 'intensityHint'>;
  value: number | undefined;
  onChange: (value: number) => void;
  /** `before` or `after`, exposed as `data-when` for styling. */
  when: 'before' | 'after';
}

/**
 * A 0–10 scale as native radios: nothing is set until the person picks a point, arrow
 * keys move along it (selection follows focus, which is harmless for a rating).
 */
export function IntensityScale({ messages, value, onChange, when }: IntensityScaleProps) {
  const { number } = useFormatters();
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="attune-ChoicePoint-intensity" data-when={when} aria-describedby={hintId}>
      <legend className="attune-ChoicePoint-intensityLegend">
        {when === 'before' ? messages.intensityBefore : messages.intensityAfter}
      </legend>
      <p id={hintId} className="attune-ChoicePoint-hint">
        {messages.intensityHint}
      </p>
      <div className="attune-ChoicePoint-scale">
        {points.map((point) => (
          <label
            key={point}
            className="attune-ChoicePoint-point"
            data-state={point === value ? 'checked' : 'unchecked'}
          >
            <input
              type="radio"
              name={name}
              value={point}
              checked={point === value}
              onChange={() => onChange(point)}
            />
            <span>{number(point)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
