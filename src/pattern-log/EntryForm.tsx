import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { NoticedWhen } from '../shared/moment';
import { usePatternLogSettings } from './context';
import type { PatternLogEntry } from './document';
import type { PatternLogChanges } from './logStore';

const other = '__other__';
const whens: NoticedWhen[] = ['before', 'during', 'after'];

export interface EntryFormProps {
  /** The entry being edited; a new moment when absent. */
  entry?: PatternLogEntry;
  submitLabel: string;
  onSubmit: (values: PatternLogChanges & { pattern: string }) => void;
  onCancel?: () => void;
}

/** The fields of one moment: pattern, when, intensity, body areas, path and note. */
export function EntryForm({ entry, submitLabel, onSubmit, onCancel }: EntryFormProps) {
  const { messages, common, patterns, bodyAreas, paths } = usePatternLogSettings();
  const id = useId();
  const known = !entry || patterns.some((p) => p.id === entry.pattern);
  const [pattern, setPattern] = useState(
    entry ? (known ? entry.pattern : other) : (patterns[0]?.id ?? other),
  );
  const [custom, setCustom] = useState(known ? '' : (entry?.pattern ?? ''));
  const [when, setWhen] = useState<NoticedWhen | ''>(entry?.when ?? '');
  const [intensity, setIntensity] = useState(entry?.intensity === undefined ? '' : String(entry.intensity));
  const [body, setBody] = useState<string[]>(entry?.body ?? []);
  const [path, setPath] = useState(entry?.path ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [missing, setMissing] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  // Opening an entry to edit puts the person in its first field (the Edit button is gone).
  useEffect(() => {
    if (entry) first.current?.focus();
    // Only on opening: later changes to the entry must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const extraBody = (entry?.body ?? []).filter((area) => !bodyAreas.some((b) => b.id === area));
  const pathOptions =
    entry?.path && !paths.some((p) => p.id === entry.path)
      ? [...paths, { id: entry.path, label: entry.path }]
      : paths;

  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = pattern === other ? custom.trim() : pattern;
    if (!chosen) {
      setMissing(true);
      document.getElementById(`${id}-custom`)?.focus();
      return;
    }
    const level = intensity === '' ? undefined : Math.round(Number(intensity));
    onSubmit({
      pattern: chosen,
      when: when || undefined,
      intensity: level === undefined || Number.isNaN(level) ? undefined : Math.min(10, Math.max(0, level)),
      body: body.length ? body : undefined,
      path: path || undefined,
      note: note.trim() || undefined,
    });
    if (!entry) {
      setWhen('');
      setIntensity('');
      setBody([]);
      setPath('');
      setNote('');
      setCustom('');
    }
  }

  return (
    <form className="attune-PatternLog-form" onSubmit={submit} noValidate>
      <div className="attune-PatternLog-field">
        <label htmlFor={`${id}-pattern`}>{messages.patternLabel}</label>
        <select ref={first} id={`${id}-pattern`} value={pattern} onChange={(e) => setPattern(e.target.value)}>
          {patterns.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value={other}>{messages.otherPattern}</option>
        </select>
      </div>
      {pattern === other && (
        <div className="attune-PatternLog-field">
          <label htmlFor={`${id}-custom`}>{messages.customPatternLabel}</label>
          <input
            id={`${id}-custom`}
            type="text"
            value={custom}
            aria-invalid={missing && !custom.trim() ? true : undefined}
            aria-describedby={missing && !custom.trim() ? `${id}-missing` : undefined}
            onChange={(e) => setCustom(e.target.value)}
          />
          {missing && !custom.trim() && (
            <p id={`${id}-missing`} className="attune-PatternLog-hint">
              {messages.customPatternMissing}
            </p>
          )}
        </div>
      )}
      <fieldset className="attune-PatternLog-choices">
        <legend>{messages.whenLegend}</legend>
        {['', ...whens].map((value) => (
          <label key={value || 'skip'} className="attune-PatternLog-choice">
            <input
              type="radio"
              name={`${id}-when`}
              value={value}
              checked={when === value}
              onChange={() => setWhen(value as NoticedWhen | '')}
            />
            {value ? common.when[value as NoticedWhen] : messages.whenSkip}
          </label>
        ))}
      </fieldset>
      <div className="attune-PatternLog-field">
        <label htmlFor={`${id}-intensity`}>{messages.intensityLabel}</label>
        <input
          id={`${id}-intensity`}
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
          value={intensity}
          onChange={(e) => setIntensity(e.target.value)}
        />
      </div>
      <fieldset className="attune-PatternLog-choices">
        <legend>{messages.bodyLegend}</legend>
        {[...bodyAreas, ...extraBody.map((area) => ({ id: area, label: area }))].map((area) => (
          <label key={area.id} className="attune-PatternLog-choice">
            <input
              type="checkbox"
              checked={body.includes(area.id)}
              onChange={(e) =>
                setBody((list) => (e.target.checked ? [...list, area.id] : list.filter((b) => b !== area.id)))
              }
            />
            {area.label}
          </label>
        ))}
      </fieldset>
      <div className="attune-PatternLog-field">
        <label htmlFor={`${id}-path`}>{messages.pathLabel}</label>
        <select id={`${id}-path`} value={path} onChange={(e) => setPath(e.target.value)}>
          <option value="">{messages.notNoted}</option>
          {pathOptions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="attune-PatternLog-field">
        <label htmlFor={`${id}-note`}>{messages.noteLabel}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="attune-PatternLog-actions">
        <button type="submit" className="attune-Button">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="attune-Button" data-variant="quiet" onClick={onCancel}>
            {messages.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
