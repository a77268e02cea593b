import { useMemo } from 'react';
import { Button } from './Button';
import { usePatternLogSettings } from './context';
import type { PatternLogEntry } from './document';
import { keptVersions, letGoChanges, restoreChanges } from './keptVersions';
import { EntryText } from './EntryText';
import type { PatternLogChanges } from './logStore';

export interface EntryHistoryProps {
  entry: PatternLogEntry;
  /** Applies an edit to the entry and says `done` (or that it was refused); then focuses `focusId`. */
  onChange: (changes: PatternLogChanges, done: string, focusId: string) => void;
}

/**
 * The versions an entry kept when two devices changed it at once, behind a disclosure so the
 * list stays calm: each can be used instead (the current one is kept in its place) or let go.
 * @selector .attune-PatternLog-history
 */
export function EntryHistory({ entry, onChange }: EntryHistoryProps) {
  const { messages, format, idBase } = usePatternLogSettings();
  const kept = useMemo(() => keptVersions(entry), [entry]);
  if (kept.length === 0) return null;
  const summaryId = `${idBase}-history-${entry.id}`;
  return (
    <details className="attune-PatternLog-history">
      <summary id={summaryId}>{messages.historySummary({ count: kept.length })}</summary>
      <p>{messages.historyBody}</p>
      <ul>
        {kept.map((version) => {
          const headingId = `${summaryId}-${version.index}`;
          const stamp = version.version.updatedAt ?? version.version.at;
          return (
            <li key={version.index}>
              <section className="attune-PatternLog-version" aria-labelledby={headingId}>
                <h5 id={headingId}>
                  {messages.historyVersion({
                    time: format.date(stamp, { dateStyle: 'medium', timeStyle: 'short' }),
                  })}
                </h5>
                <EntryText moment={version.version} />
                <div className="attune-PatternLog-actions">
                  <Button
                    quiet
                    aria-describedby={headingId}
                    onClick={() => onChange(restoreChanges(entry, version), messages.historyUsed, summaryId)}
                  >
                    {messages.historyUse}
                  </Button>
                  <Button
                    quiet
                    aria-describedby={headingId}
                    onClick={() =>
                      onChange(
                        letGoChanges(entry, version),
                        messages.historyLetGone,
                        // The last one gone takes the disclosure with it: back to the entry's Edit.
                        kept.length > 1 ? summaryId : `${idBase}-edit-${entry.id}`,
                      )
                    }
                  >
                    {messages.historyLetGo}
                  </Button>
                </div>
              </section>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
