import { useEffect, useRef } from 'react';
import { announce } from '../provider/announcer';
import { Button } from './Button';
import { usePatternLogContext } from './context';
import type { PatternLogMessages } from './messages';
import type { PatternLogSyncState } from './storage';
import { syncAnnouncementKey } from './syncState';

/** How long a sync state must last before it is announced: replication flickers. */
export const syncAnnounceDelayMs = 2000;

/** The line for a sync state, in the person's words. */
export function syncLine(state: PatternLogSyncState, messages: PatternLogMessages): string {
  switch (state.status) {
    case 'error':
      return messages.syncError({ reason: syncReason(state, messages) });
    case 'synced':
    case 'syncing':
    case 'offline':
    case 'needs-passphrase':
      return messages.sync[state.status];
  }
}

/**
 * Why syncing paused, in the log's language when the adapter names the kind of error (`code`);
 * else its own words, and a host's adapter may send something that isn't words.
 */
function syncReason(state: PatternLogSyncState & { status: 'error' }, messages: PatternLogMessages) {
  const { code, detail } = state;
  if (code === 'server')
    return messages.syncReasons.server({ detail: typeof detail === 'string' ? detail : '' });
  if (typeof code === 'string' && Object.hasOwn(messages.syncReasons, code))
    return messages.syncReasons[code];
  return typeof state.reason === 'string' ? state.reason : '';
}

/**
 * Says once, politely, a sync state that has lasted and differs from the last one said. A log
 * that opens synced says nothing; one that opens offline says so once it has stayed offline.
 */
function useSyncAnnouncement(state: PatternLogSyncState | undefined, line: string) {
  const said = useRef<string | undefined>('synced');
  const mounted = useRef<AbortController | null>(null);
  // What this log said is withdrawn when it unmounts.
  useEffect(() => {
    const controller = new AbortController();
    mounted.current = controller;
    return () => controller.abort();
  }, []);
  const key = syncAnnouncementKey(state);
  useEffect(() => {
    if (key === undefined || key === said.current) return;
    const timer = setTimeout(() => {
      said.current = key;
      announce(line, { signal: mounted.current?.signal });
    }, syncAnnounceDelayMs);
    return () => clearTimeout(timer);
  }, [key, line]);
}

/**
 * A quiet line on how syncing stands, for storage that syncs; nothing otherwise. Never an alarm:
 * an error says what happened, that the entries are safe here, and offers a retry when it can.
 * @selector .attune-PatternLog-sync[data-sync]
 */
export function PatternLogSyncStatus() {
  const { log, messages } = usePatternLogContext();
  const { sync, retrySync } = log;
  const line = sync ? syncLine(sync, messages) : '';
  useSyncAnnouncement(sync, line);
  if (!sync) return null;
  return (
    <div className="attune-PatternLog-sync" data-sync={sync.status}>
      <p>{line}</p>
      {sync.status === 'error' && retrySync && (
        <Button quiet onClick={retrySync}>
          {messages.syncRetry}
        </Button>
      )}
    </div>
  );
}
