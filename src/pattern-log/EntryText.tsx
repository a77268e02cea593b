import type { ReactNode } from 'react';
import type { Moment } from '../shared/moment';
import { usePatternLogSettings } from './context';

/** The time and pattern that name an entry, as shown and as its buttons are labelled. */
export function useEntryHeadline(moment: Moment): { time: string; pattern: string } {
  const { format, labelOf } = usePatternLogSettings();
  return {
    time: format.date(moment.at, { hour: 'numeric', minute: '2-digit' }),
    pattern: labelOf('pattern', moment.pattern),
  };
}

/** What an entry (or a kept version of one) says: time, pattern, details, note. */
export function EntryText({ moment, mark }: { moment: Moment; mark?: ReactNode }) {
  const { messages, common, format, labelOf } = usePatternLogSettings();
  const { time, pattern } = useEntryHeadline(moment);
  const details = [
    moment.when && common.when[moment.when],
    moment.intensity !== undefined && messages.intensityValue({ value: moment.intensity }),
    moment.body?.length &&
      messages.bodyValue({ list: format.list(moment.body.map((b) => labelOf('body', b))) }),
    moment.path && labelOf('path', moment.path),
  ].filter(Boolean);
  return (
    <div className="attune-PatternLog-entryText">
      <p>
        <time dateTime={moment.at}>{time}</time> <strong>{pattern}</strong>
        {mark}
      </p>
      {details.length > 0 && <p className="attune-PatternLog-details">{details.join(' · ')}</p>}
      {moment.note && <p className="attune-PatternLog-note">{moment.note}</p>}
    </div>
  );
}
