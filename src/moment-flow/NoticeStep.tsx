import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { commonMessages } from '../provider/common-messages';
import { defaultBodyAreas, defaultPatternIds } from '../provider/common-messages';
import type { NoticedWhen } from '../shared/moment';
import type { Noticed } from './flow';
import type { MomentFlowMessages } from './messages';

const whens: NoticedWhen[] = ['before', 'during', 'after'];
const other = 'other';

export interface NoticeStepProps {
  messages: MomentFlowMessages;
  common: typeof commonMessages;
  /** What was entered before, when the person comes back to this step. */
  initial?: Partial<Noticed>;
  onNotice: (noticed: Noticed) => void;
  /** Told of every change, so that leaving before Continue keeps what was picked. */
  onDraft?: (draft: Partial<Noticed>) => void;
}

/** The first step: which pattern, where in the body, and when it was noticed. */
export function NoticeStep({ messages, common, initial, onNotice, onDraft }: NoticeStepProps) {
  const id = useId();
  const initialIsDefault = (defaultPatternIds as readonly string[]).includes(initial?.pattern ?? '');
  const [choice, setChoice] = useState(initial?.pattern ? (initialIsDefault ? initial.pattern : other) : '');
  const [otherText, setOtherText] = useState(initial?.pattern && !initialIsDefault ? initial.pattern : '');
  const [body, setBody] = useState<string[]>(initial?.body ?? []);
  const [when, setWhen] = useState<NoticedWhen | undefined>(initial?.when);
  const [note, setNote] = useState(initial?.note ?? '');
  const [missing, setMissing] = useState(false);
  const firstPattern = useRef<HTMLInputElement>(null);
  const otherInput = useRef<HTMLInputElement>(null);

  const pattern = choice === other ? otherText.trim() : choice;
  const noted = note.trim();
  const extra = { ...(body.length > 0 && { body }), ...(when && { when }), ...(noted && { note: noted }) };
  useEffect(() => {
    onDraft?.({ ...(pattern && { pattern }), ...extra });
    // `extra` is rebuilt each render from these values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onDraft, pattern, body, when, noted]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pattern) {
      setMissing(true);
      (choice === other ? otherInput : firstPattern).current?.focus();
      return;
    }
    onNotice({ pattern, ...extra });
  }

  const toggleBody = (area: string) =>
    setBody((current) => (current.includes(area) ? current.filter((a) => a !== area) : [...current, area]));

  return (
    <form className="attune-MomentFlow-notice" onSubmit={submit} noValidate>
      <fieldset
        className="attune-MomentFlow-fieldset"
        aria-describedby={missing ? `${id}-missing` : undefined}
        aria-invalid={missing || undefined}
      >
        <legend>{messages.patternLegend}</legend>
        {defaultPatternIds.map((pattern, index) => (
          <label key={pattern} className="attune-MomentFlow-option">
            <input
              ref={index === 0 ? firstPattern : undefined}
              type="radio"
              name={`${id}-pattern`}
              value={pattern}
              checked={choice === pattern}
              onChange={() => {
                setChoice(pattern);
                setMissing(false);
              }}
            />
            {common.patterns[pattern]}
          </label>
        ))}
        <label className="attune-MomentFlow-option">
          <input
            type="radio"
            name={`${id}-pattern`}
            value={other}
            checked={choice === other}
            onChange={() => setChoice(other)}
          />
          {messages.otherPattern}
        </label>
        {choice === other && (
          <label className="attune-MomentFlow-other">
            {messages.otherPatternLabel}
            <input
              ref={otherInput}
              type="text"
              value={otherText}
              onChange={(event) => {
                setOtherText(event.target.value);
                setMissing(false);
              }}
            />
          </label>
        )}
        {missing && (
          <p id={`${id}-missing`} className="attune-MomentFlow-hint">
            {messages.patternMissing}
          </p>
        )}
      </fieldset>

      <fieldset className="attune-MomentFlow-fieldset" data-layout="wrap">
        <legend>{messages.bodyLegend}</legend>
        {defaultBodyAreas.map((area) => (
          <label key={area} className="attune-MomentFlow-option">
            <input type="checkbox" checked={body.includes(area)} onChange={() => toggleBody(area)} />
            {common.bodyAreas[area]}
          </label>
        ))}
      </fieldset>

      <fieldset className="attune-MomentFlow-fieldset" data-layout="wrap">
        <legend>{messages.whenLegend}</legend>
        {whens.map((value) => (
          <label key={value} className="attune-MomentFlow-option">
            <input
              type="radio"
              name={`${id}-when`}
              value={value}
              checked={when === value}
              onChange={() => setWhen(value)}
            />
            {common.when[value]}
          </label>
        ))}
      </fieldset>

      <label className="attune-MomentFlow-note">
        {messages.noteLabel}
        <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>

      <button type="submit" className="attune-Button">
        {messages.continue}
      </button>
    </form>
  );
}
