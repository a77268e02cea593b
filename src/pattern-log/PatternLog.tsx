import {
  forwardRef,
  lazy,
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { announce } from '../provider/announcer';
import { commonMessages, defaultBodyAreas, defaultPatternIds } from '../provider/common-messages';
import type { DeepPartial } from '../provider/messages';
import { useFormatters } from '../provider/useFormatters';
import { useMessages } from '../provider/useMessages';
import { isHighIntensity } from '../provider/support';
import { ExitButton } from '../shared/ExitButton';
import { SupportOffer } from '../provider/SupportOffer';
import { hiddenWhile, useGentleExit } from '../shared/useGentleExit';
import { cx } from '../shared/cx';
import {
  mergeRootProps,
  splitProps,
  widgetRootProps,
  styleKeys,
  type OwnKeysBesidesStyle,
  type PartClassNames,
  type WidgetProps,
  type WidgetStyleProps,
} from '../shared/widget';
import {
  PatternLogContext,
  PatternLogSettingsContext,
  usePatternLogContext,
  usePatternLogSettings,
  type PatternLogContextValue,
  type PatternLogSettings,
  type PatternLogOption,
  type PatternLogPart,
} from './context';
import type { PatternLogEntry } from './document';
import { Button } from './Button';
import { EntryForm } from './EntryForm';
import { EntryText, useEntryHeadline } from './EntryText';
import { OnDemand } from './OnDemand';
import {
  maxImportLength,
  PatternLogEntryError,
  type ImportConflictPolicy,
  type ImportResult,
} from './logStore';
import { localDay } from './localDay';
import { entryById, patternsOf } from './logReducer';
import { PatternLogInsights } from './PatternLogInsights';
import { patternLogMessages, type PatternLogMessages } from './messages';
import { LockedError, type PatternLogStorage } from './storage';
import { saveTextFile } from './saveTextFile';
import { usePatternLog } from './usePatternLog';

export type { PatternLogPart };
/** Class names for PatternLog's parts, `root` included: `{ root?, …each part? }`. */
export type PatternLogClassNames = PartClassNames<PatternLogPart>;

export interface PatternLogOwnProps extends WidgetStyleProps<PatternLogPart> {
  /**
   * Where the log lives. Create it once (module scope, `useState`): a new storage object is
   * a new log. @see createLocalStorage, createIndexedDBStorage, encrypted
   */
  storage: PatternLogStorage;
  /** Patterns offered in the form, as ids (labelled by the messages) or `{ id, label }`. Free text is always allowed. */
  patterns?: Array<string | PatternLogOption>;
  /** Body areas offered in the form. */
  bodyAreas?: Array<string | PatternLogOption>;
  /** ChoicePoint paths offered in the form. @default compassion and shame */
  paths?: Array<string | PatternLogOption>;
  /** Replaces any of the widget's strings. */
  messages?: DeepPartial<PatternLogMessages>;
  /** How many entries the list shows at first and adds each time. @default 30 */
  pageSize?: number;
  /** The clock, for tests and stories. @default Date.now */
  now?: () => number;
  /**
   * Ask the browser to keep the log even when the device runs low on space, and say what it
   * answered in the data section. Some browsers ask the person first. @default false
   */
  persist?: boolean;
  /** Parts to show instead of the whole widget: PatternLogQuickAdd, PatternLogList, PatternLogInsights, PatternLogData. */
  children?: ReactNode;
  /**
   * Called when "This isn’t helping" (under the title) is pressed; the host decides what
   * comes next (its screen can show `SupportOffer`). Without it, the log steps aside (nothing
   * typed is lost) for a calm offer of the provider's `support` and a button back to the log.
   * @selector .attune-Exit
   */
  onExit?: () => void;
}

/** PatternLog's own props, and the DOM props of its root `<section>` (`id`, `data-*`, handlers…). */
export type PatternLogProps = WidgetProps<'section', PatternLogOwnProps>;

const ownProps: OwnKeysBesidesStyle<PatternLogOwnProps> = {
  storage: true,
  patterns: true,
  bodyAreas: true,
  paths: true,
  messages: true,
  pageSize: true,
  now: true,
  persist: true,
  children: true,
  onExit: true,
};

function options(list: Array<string | PatternLogOption>, labels: Record<string, string>): PatternLogOption[] {
  return list.map((item) => (typeof item === 'string' ? { id: item, label: labels[item] ?? item } : item));
}

// Only storage that syncs has a sync line, and only a sync conflict (or a file exported from
// such a log) leaves an entry with kept versions: their code loads when a log first shows one,
// so a log on the device alone never loads it.
const PatternLogSyncStatus = /* @__PURE__ */ lazy(() =>
  import('./SyncStatus').then((module) => ({ default: module.PatternLogSyncStatus })),
);
const EntryHistory = /* @__PURE__ */ lazy(() =>
  import('./EntryHistory').then((module) => ({ default: module.EntryHistory })),
);

const noClassNames = {};

/** Both contexts: parts that need only the settings skip the renders a change to the log brings. */
function PatternLogContexts({
  settings,
  value,
  children,
}: {
  settings: PatternLogSettings;
  value: PatternLogContextValue;
  children: ReactNode;
}) {
  return (
    <PatternLogSettingsContext.Provider value={settings}>
      <PatternLogContext.Provider value={value}>{children}</PatternLogContext.Provider>
    </PatternLogSettingsContext.Provider>
  );
}

/** Runs a change; false when the log refused it (nothing changed), so the person can be told. */
function attempt(change: () => unknown): boolean {
  try {
    change();
    return true;
  } catch (error) {
    if (error instanceof PatternLogEntryError) return false;
    throw error;
  }
}

/**
 * A private log of noticed patterns: quick add, the entries by day, a look back with no
 * streaks or scores, and the person's data to download, import or delete.
 * @selector [data-status] the storage status (`ready`, `unsaved`, `unreadable`, `locked`…)
 * @selector [data-sync] with storage that syncs: `synced`, `syncing`, `offline`, `needs-passphrase`, `error`
 */
export const PatternLog = /* @__PURE__ */ forwardRef<HTMLElement, PatternLogProps>(
  function PatternLog(props, ref) {
    const { storage, patterns, bodyAreas, paths, pageSize = 30, now, persist, children, onExit } = props;
    const parts = props.classNames;
    const messages = useMessages('patternLog', patternLogMessages, props.messages);
    const common = useMessages('common', commonMessages);
    const format = useFormatters();
    const log = usePatternLog({ storage, now, persist });
    const idBase = useId();
    const [filter, setFilter] = useState('');
    const exitButton = useRef<HTMLButtonElement>(null);
    const gentle = useGentleExit(onExit, undefined, [exitButton]);
    // Apart from the log: an entry added leaves the options and labels (and what only they
    // shape, such as the look back's charts) as they were.
    const lists = useMemo(() => {
      const lists = {
        pattern: options(patterns ?? [...defaultPatternIds], common.patterns),
        body: options(bodyAreas ?? [...defaultBodyAreas], common.bodyAreas),
        path: options(paths ?? ['compassion', 'shame'], messages.paths),
      };
      const labelOf: PatternLogContextValue['labelOf'] = (kind, id) =>
        lists[kind].find((o) => o.id === id)?.label ?? id;
      return { ...lists, labelOf };
    }, [patterns, bodyAreas, paths, common, messages]);
    const { add, update, remove } = log;
    const settings = useMemo<PatternLogSettings>(
      () => ({
        actions: { add, update, remove },
        messages,
        common,
        format,
        patterns: lists.pattern,
        bodyAreas: lists.body,
        paths: lists.path,
        labelOf: lists.labelOf,
        idBase,
        pageSize,
        classNames: parts ?? noClassNames,
      }),
      [add, update, remove, messages, common, format, lists, idBase, pageSize, parts],
    );
    const value = useMemo<PatternLogContextValue>(
      () => ({
        ...settings,
        log,
        filter,
        setFilter,
        visibleEntries: filter ? log.entries.filter((e) => e.pattern === filter) : log.entries,
      }),
      [settings, log, filter],
    );
    return (
      <PatternLogContexts settings={settings} value={value}>
        <section
          ref={ref}
          {...mergeRootProps(
            {
              ...widgetRootProps('PatternLog', props),
              'data-status': log.status,
              'data-sync': log.sync?.status,
              'aria-labelledby': `${idBase}-title`,
            },
            splitProps(props, ownProps, styleKeys),
          )}
        >
          <div className={cx('attune-PatternLog-header', parts?.header)}>
            <h2 id={`${idBase}-title`} className={cx('attune-PatternLog-title', parts?.title)}>
              {messages.title}
            </h2>
            {!gentle.offering && (
              <ExitButton ref={exitButton} onClick={gentle.exit}>
                {common.exit}
              </ExitButton>
            )}
          </div>
          {gentle.offering && (
            <SupportOffer
              headingLevel={3}
              takeFocus
              continueLabel={messages.backFromExit}
              onContinue={gentle.comeBack}
            />
          )}
          <div {...hiddenWhile(gentle.offering)}>
            <PatternLogStatusNotice />
            {children ?? <WholeLog />}
          </div>
        </section>
      </PatternLogContexts>
    );
  },
);

/**
 * Every part, when the host picks none. Memoised: a change to the log renders again only the
 * parts that read it from context, not the form.
 */
const WholeLog = /* @__PURE__ */ memo(function WholeLog() {
  return (
    <>
      <PatternLogQuickAdd />
      <PatternLogList />
      <PatternLogInsights />
      <PatternLogData />
    </>
  );
});

/** Why the log is locked, in words that fit: a passphrase that doesn't fit, a lock, or not a log. */
function lockedBody(error: unknown, messages: PatternLogMessages): string {
  const reason = error instanceof LockedError ? error.reason : 'wrong-passphrase';
  switch (reason) {
    case 'locked':
      return messages.lockedByRequest;
    case 'not-encrypted':
      return messages.lockedNotEncrypted;
    case 'wrong-passphrase':
      return messages.lockedBody;
  }
}

/** Says where the log stands; for unreadable or locked data, what happened and what can be done. */
export function PatternLogStatusNotice() {
  const { log, messages, idBase } = usePatternLogContext();
  const { status } = log;
  const problem = status === 'unreadable' || status === 'locked';
  const line = problem
    ? ''
    : log.loadingOlder && status === 'loading'
      ? messages.olderLoading
      : messages.status[status === 'unavailable' ? 'unsaved' : status];
  const heading = status === 'locked' ? messages.lockedTitle : messages.unreadableTitle;
  // Once shown, the sync line stays mounted (it says nothing for a state it does not know), so
  // it remembers what it last announced, as it did before its code loaded on demand.
  const [syncSeen, setSyncSeen] = useState(false);
  if (log.sync && !syncSeen) setSyncSeen(true);
  // Only trouble is announced: "Saving…, Saved." after every entry would be noise.
  useEffect(() => {
    if (status === 'unsaved' || status === 'unavailable') announce(line);
    else if (problem) announce(heading);
  }, [status, problem, line, heading]);
  return (
    <div className="attune-PatternLog-status">
      <p>{line}</p>
      {(syncSeen || log.sync) && (
        <OnDemand>
          <PatternLogSyncStatus />
        </OnDemand>
      )}
      {(log.status === 'unsaved' || log.status === 'unavailable') && (
        <Button quiet onClick={log.retry}>
          {messages.retry}
        </Button>
      )}
      {log.quarantined.length > 0 && (
        <div className="attune-PatternLog-actions" data-state="quarantined">
          <p>{messages.quarantined({ count: log.quarantined.length })}</p>
          <Button
            quiet
            onClick={() =>
              saveTextFile(
                JSON.stringify(log.quarantined, null, 2),
                `${messages.fileName}-unreadable.json`,
                'application/json',
              )
            }
          >
            {messages.downloadQuarantined}
          </Button>
        </div>
      )}
      {problem && (
        <div className="attune-PatternLog-notice" role="group" aria-labelledby={`${idBase}-notice`}>
          <h3 id={`${idBase}-notice`}>{heading}</h3>
          <p>{log.status === 'locked' ? lockedBody(log.error, messages) : messages.unreadableBody}</p>
          {log.status === 'unreadable' && (
            <div className="attune-PatternLog-actions">
              <Button
                onClick={() =>
                  saveTextFile(log.unreadableText ?? '', `${messages.fileName}-saved.txt`, 'text/plain')
                }
              >
                {messages.downloadStored}
              </Button>
              <ConfirmStep
                trigger={messages.replaceStored}
                title={messages.replaceStoredTitle}
                body={messages.replaceStoredBody}
                confirm={messages.replaceStoredConfirm}
                cancel={messages.cancel}
                onConfirm={log.replaceStored}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** The quick-add form: a pattern is all it needs, and Enter logs it. */
export function PatternLogQuickAdd() {
  // The settings alone: the form does not render again for every entry added to the log.
  const { actions, messages, idBase, classNames } = usePatternLogSettings();
  // Each entry of 9–10 brings its own offer (a new key), announced once; the next entry clears it.
  const [strongEntries, setStrongEntries] = useState(0);
  const [offer, setOffer] = useState(false);
  return (
    <section
      className={cx('attune-PatternLog-quickAdd', classNames.quickAdd)}
      aria-labelledby={`${idBase}-add`}
    >
      <h3 id={`${idBase}-add`}>{messages.addHeading}</h3>
      <EntryForm
        submitLabel={messages.add}
        onSubmit={(values) => {
          const added = attempt(() => actions.add(values));
          announce(added ? messages.added : messages.entryRefused);
          const strong = added && isHighIntensity(values.intensity);
          setOffer(strong);
          if (strong) setStrongEntries((count) => count + 1);
        }}
      />
      {offer && <SupportOffer key={strongEntries} reason="intensity" headingLevel={4} />}
    </section>
  );
}

interface ConfirmStepProps {
  trigger: string;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
}

/**
 * A second step in place, instead of a modal dialog (Radix Dialog alone would take the
 * whole size budget): the safe choice takes focus, Escape or Cancel goes back.
 */
function ConfirmStep({ trigger, title, body, confirm, cancel, onConfirm }: ConfirmStepProps) {
  const [open, onOpenChange] = useState(false);
  const id = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) cancelRef.current?.focus();
    else if (wasOpen.current) triggerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onOpenChange(false);
  };
  if (!open)
    return (
      <Button quiet ref={triggerRef} aria-expanded="false" onClick={() => onOpenChange(true)}>
        {trigger}
      </Button>
    );
  return (
    <div
      className="attune-PatternLog-confirm"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-state="open"
    >
      <p id={`${id}-title`} className="attune-PatternLog-confirmTitle">
        {title}
      </p>
      <p id={`${id}-body`}>{body}</p>
      <div className="attune-PatternLog-actions">
        <Button ref={cancelRef} onKeyDown={onEscape} onClick={() => onOpenChange(false)}>
          {cancel}
        </Button>
        <Button
          quiet
          onKeyDown={onEscape}
          onClick={() => {
            onOpenChange(false);
            onConfirm();
          }}
        >
          {confirm}
        </Button>
      </div>
    </div>
  );
}

interface EntryItemProps {
  entry: PatternLogEntry;
  /** Changes since the last save, not yet kept in storage. */
  unsaved: boolean;
  onEdit: (id: string | null) => void;
  editing: boolean;
  /** Focuses the element with this id once the list has rendered the change. */
  focusLater: (id: string) => void;
  /** Set, a new number each time, while an edit that raised this entry to 9–10 offers support. */
  offer: number | undefined;
  /** Told after each edit saved here whether it raised the entry (by id) to 9–10 from below. */
  onEdited: (id: string, raised: boolean) => void;
}

/**
 * One entry's row. Memoised, with the settings alone from context: adding an entry renders the
 * new row, not every row on the page again.
 */
const EntryItem = /* @__PURE__ */ memo(function EntryItem({
  entry,
  unsaved,
  onEdit,
  editing,
  focusLater,
  offer,
  onEdited,
}: EntryItemProps) {
  // `log` here is its actions only; whether the entry is saved comes as a prop.
  const { actions: log, messages, idBase, classNames } = usePatternLogSettings();
  const { time, pattern } = useEntryHeadline(entry);
  // Keyed, and last in the item in both views: React keeps it when the entry is opened again,
  // so it is said once, not at each Edit or Cancel.
  const support = offer !== undefined && <SupportOffer key={offer} reason="intensity" headingLevel={5} />;
  if (editing)
    return (
      <li className={cx('attune-PatternLog-entry', classNames.entry)} data-state="editing">
        <EntryForm
          entry={entry}
          submitLabel={messages.save}
          onCancel={() => onEdit(null)}
          onSubmit={(values) => {
            let updated: PatternLogEntry | undefined;
            const changed = attempt(() => (updated = log.update(entry.id, values)));
            announce(changed ? messages.updated : messages.entryRefused);
            onEdit(null);
            onEdited(entry.id, !isHighIntensity(entry.intensity) && isHighIntensity(updated?.intensity));
          }}
        />
        {support}
      </li>
    );
  return (
    <li
      className={cx('attune-PatternLog-entry', classNames.entry)}
      data-state={unsaved ? 'unsaved' : 'saved'}
    >
      <EntryText
        moment={entry}
        mark={unsaved && <span className="attune-PatternLog-unsaved"> · {messages.unsavedMark}</span>}
      />
      <div className="attune-PatternLog-entryActions">
        <Button
          quiet
          id={`${idBase}-edit-${entry.id}`}
          aria-label={`${messages.edit} ${pattern}, ${time}`}
          onClick={() => onEdit(entry.id)}
        >
          {messages.edit}
        </Button>
        <Button
          quiet
          aria-label={`${messages.delete} ${pattern}, ${time}`}
          onClick={() => {
            log.remove(entry.id);
            announce(messages.deleted);
            document.getElementById(`${idBase}-undo`)?.focus();
          }}
        >
          {messages.delete}
        </Button>
      </div>
      {Array.isArray(entry.history) && entry.history.length > 0 && (
        <OnDemand>
          <EntryHistory
            entry={entry}
            onChange={(changes, done, focusId) => {
              const changed = attempt(() => log.update(entry.id, changes));
              announce(changed ? done : messages.entryRefused);
              // Only a change renders the list again, and that render moves focus.
              if (changed) focusLater(focusId);
            }}
          />
        </OnDemand>
      )}
      {support}
    </li>
  );
});

/** The entries by day, newest first, a page at a time; edit, delete and undo. */
export function PatternLogList() {
  const { log, messages, format, labelOf, filter, setFilter, visibleEntries, idBase, pageSize, classNames } =
    usePatternLogContext();
  const [shown, setShown] = useState(pageSize);
  const [editing, setEditing] = useState<string | null>(null);
  // As in quick add: an edit that raises an entry to 9–10 brings the offer under that entry;
  // the next edit saved clears it, unless it raises one again.
  const [raised, setRaised] = useState<{ id: string; key: number } | null>(null);
  // Its entry deleted (an Undo could bring the row back), the offer goes: said once, never again.
  if (raised && !entryById(log.entries, raised.id)) setRaised(null);
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });
  // The same functions from one render to the next, so that rows left as they were are skipped.
  const focusLater = useCallback((id: string) => {
    focusAfter.current = id;
  }, []);
  const onEdit = useCallback(
    (id: string | null) => {
      focusAfter.current = id === null ? `${idBase}-edit-${editing}` : null;
      setEditing(id);
    },
    [idBase, editing],
  );
  const onEdited = useCallback(
    (id: string, high: boolean) => setRaised((last) => (high ? { id, key: (last?.key ?? 0) + 1 } : null)),
    [],
  );
  const patternsInLog = useMemo(() => patternsOf(log.entries), [log.entries]);
  const days = useMemo(() => {
    const groups: Array<{ day: string; entries: PatternLogEntry[] }> = [];
    for (const entry of visibleEntries.slice(0, shown)) {
      const day = localDay(entry.at);
      const last = groups[groups.length - 1];
      if (last?.day === day) last.entries.push(entry);
      else groups.push({ day, entries: [entry] });
    }
    return groups;
  }, [visibleEntries, shown]);
  const canUndo = log.nextUndo !== undefined;
  return (
    <section className={cx('attune-PatternLog-list', classNames.list)} aria-labelledby={`${idBase}-list`}>
      <h3 id={`${idBase}-list`}>{messages.listHeading}</h3>
      <div className="attune-PatternLog-toolbar">
        <div className="attune-PatternLog-field">
          <label htmlFor={`${idBase}-filter`}>{messages.filterLabel}</label>
          <select
            id={`${idBase}-filter`}
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              // The list changes: an edit's offer goes with it, so it is never announced twice.
              setRaised(null);
            }}
          >
            <option value="">{messages.allPatterns}</option>
            {patternsInLog.map((id) => (
              <option key={id} value={id}>
                {labelOf('pattern', id)}
              </option>
            ))}
          </select>
        </div>
        <Button
          quiet
          id={`${idBase}-undo`}
          aria-disabled={!canUndo}
          onClick={() => {
            const step = canUndo ? log.undo() : undefined;
            if (!step) return;
            announce(messages.undone);
          }}
        >
          {messages.undo}
        </Button>
      </div>
      {visibleEntries.length === 0 ? (
        <p>{messages.empty}</p>
      ) : (
        <>
          {days.map(({ day, entries }) => (
            <div key={day} className="attune-PatternLog-day">
              <h4 id={`${idBase}-day-${day}`}>
                {format.date(entries[0]!.at, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                  year: 'numeric',
                })}
              </h4>
              <ul aria-labelledby={`${idBase}-day-${day}`}>
                {entries.map((entry) => (
                  <EntryItem
                    key={entry.id}
                    entry={entry}
                    unsaved={log.unsavedIds.has(entry.id)}
                    editing={editing === entry.id}
                    focusLater={focusLater}
                    offer={raised?.id === entry.id ? raised.key : undefined}
                    onEdited={onEdited}
                    onEdit={onEdit}
                  />
                ))}
              </ul>
            </div>
          ))}
          {shown < visibleEntries.length && (
            <Button quiet onClick={() => setShown((n) => n + pageSize)}>
              {messages.showMore}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/**
 * What is said of an import: its summary, and for a refusal the reasons that concern the whole
 * file (too large, unreadable, not JSON), which are short; an entry's problems are only shown.
 */
function importAnnouncement(outcome: ImportResult, messages: PatternLogMessages): string {
  const whole = outcome.ok ? [] : outcome.errors.filter((problem) => problem.path === '');
  return [
    ...importSummary(outcome, messages),
    ...whole.map((problem) => messages.problems[problem.code]),
  ].join(' ');
}

/** What an import did, in the person's words: one line per part that happened. */
function importSummary(outcome: ImportResult, messages: PatternLogMessages): string[] {
  if (!outcome.ok && outcome.reason === 'invalid') return [messages.importRefused];
  const lines = [
    outcome.added > 0
      ? messages.imported({ count: outcome.added })
      : outcome.replaced === 0 && outcome.conflicts.length === 0
        ? messages.importNothingNew
        : '',
    outcome.replaced > 0 ? messages.imported({ count: outcome.replaced }) : '',
    outcome.unchanged > 0 && outcome.added + outcome.replaced > 0
      ? messages.importUnchanged({ count: outcome.unchanged })
      : '',
    outcome.conflicts.length > 0 ? messages.importConflicts({ count: outcome.conflicts.length }) : '',
    outcome.ok ? '' : messages.importNotSaved,
  ];
  return lines.filter(Boolean);
}

interface ImportState {
  outcome: ImportResult;
  /** The file's text, kept while it has conflicts so the person can choose again. */
  text: string;
}

/** Download (JSON, CSV of what the list shows), import JSON, and delete everything after a second step. */
export function PatternLogData() {
  const { log, messages, visibleEntries, idBase, classNames } = usePatternLogContext();
  const [result, setResult] = useState<ImportState | null>(null);
  const stamp = () => new Date().toISOString().slice(0, 10);
  const [importFailed, setImportFailed] = useState(false);
  // Shown and said alike, whatever the outcome: a refusal before the file is even read too.
  function show(outcome: ImportResult, text: string) {
    setResult({ outcome, text });
    announce(importAnnouncement(outcome, messages));
  }
  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    setImportFailed(false);
    const refuse = (code: 'too-large' | 'unreadable-file') =>
      show({ ok: false, reason: 'invalid', errors: [{ path: '', code }] }, '');
    // Not even read when larger than any log: a hostile file must not take the tab down.
    if (file.size > maxImportLength) return refuse('too-large');
    // A file the browser cannot read: moved or deleted since it was chosen, or no longer allowed.
    const text = await file.text().catch(() => null);
    if (text === null) refuse('unreadable-file');
    else await runImport(text);
  }
  async function runImport(text: string, conflicts?: ImportConflictPolicy) {
    let outcome: ImportResult;
    try {
      outcome = await log.importJSON(text, { conflicts });
    } catch {
      // Its code loads on demand and did not arrive; the log is as it was.
      setResult(null);
      setImportFailed(true);
      return announce(messages.importFailed);
    }
    show(outcome, text);
  }
  const outcome = result?.outcome;
  const problems =
    outcome && !outcome.ok
      ? outcome.errors.map((e) => messages.problemAt({ path: e.path, problem: messages.problems[e.code] }))
      : [];
  const conflicts = outcome && 'conflicts' in outcome ? outcome.conflicts : [];
  // Older entries still loading: a download now would miss them. The buttons stay focusable
  // (aria-disabled), described by the line that says why.
  const waiting = log.loadingOlder;
  const waitingProps = waiting
    ? { 'aria-disabled': true, 'aria-describedby': `${idBase}-exportWaiting` }
    : {};
  return (
    <section className={cx('attune-PatternLog-data', classNames.data)} aria-labelledby={`${idBase}-data`}>
      <h3 id={`${idBase}-data`}>{messages.dataHeading}</h3>
      <p className="attune-PatternLog-hint">{messages.privacy}</p>
      {log.persistence && <p className="attune-PatternLog-hint">{messages.persistence[log.persistence]}</p>}
      {waiting && (
        <p id={`${idBase}-exportWaiting`} className="attune-PatternLog-hint">
          {messages.exportWaiting}
        </p>
      )}
      <div className="attune-PatternLog-actions">
        <Button
          quiet
          {...waitingProps}
          onClick={() =>
            waiting ||
            saveTextFile(log.exportJSON(), `${messages.fileName}-${stamp()}.json`, 'application/json')
          }
        >
          {messages.exportJSON}
        </Button>
        <Button
          quiet
          {...waitingProps}
          onClick={() =>
            waiting ||
            saveTextFile(log.exportCSV(visibleEntries), `${messages.fileName}-${stamp()}.csv`, 'text/csv')
          }
        >
          {messages.exportCSV}
        </Button>
      </div>
      <div className="attune-PatternLog-field">
        <label htmlFor={`${idBase}-import`}>{messages.importLabel}</label>
        <input
          id={`${idBase}-import`}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      {importFailed && (
        <div className="attune-PatternLog-importResult" data-state="failed">
          <p>{messages.importFailed}</p>
        </div>
      )}
      {outcome && result && (
        <div
          className="attune-PatternLog-importResult"
          data-state={outcome.ok ? 'imported' : outcome.reason === 'invalid' ? 'refused' : 'not-saved'}
        >
          {importSummary(outcome, messages).map((line) => (
            <p key={line}>{line}</p>
          ))}
          {problems.length > 0 && (
            <ul>
              {problems.slice(0, 20).map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          )}
          {conflicts.length > 0 && (
            <div className="attune-PatternLog-actions">
              <Button quiet onClick={() => void runImport(result.text, 'replace')}>
                {messages.importReplace}
              </Button>
              <Button quiet onClick={() => void runImport(result.text, 'keep-both')}>
                {messages.importKeepBoth}
              </Button>
            </div>
          )}
        </div>
      )}
      <ConfirmStep
        trigger={messages.deleteAll}
        title={messages.deleteAllTitle}
        body={messages.deleteAllBody}
        confirm={messages.deleteAllConfirm}
        cancel={messages.deleteAllCancel}
        onConfirm={() => {
          void log.clear();
          announce(messages.deletedAll);
        }}
      />
    </section>
  );
}
