/**
 * Which key a log is written with when there is more than one key document: two devices that
 * each made a key while apart, two passphrase changes at once, or an old key document that came
 * back (a device that was away, or a server replaying it). Pure and deterministic, so every
 * device that sees the same documents chooses the same key, whatever order they arrived in.
 */
export interface KeyCandidate {
  /** Names the key: its salt (base64), or `plain`. */
  readonly tag: string;
  /** When the key was made (ISO 8601); a passphrase change is never earlier than the key it replaces. */
  readonly created: string;
  /** How many passphrase changes led to this key: 0 for a log's first key. */
  readonly generation: number;
  /** The keys this one replaced (sealed inside it): retired, never chosen again. */
  readonly former?: ReadonlyArray<{ readonly tag: string }>;
  /** The document's revision: the last tie-break, between two revisions of one key. */
  readonly rev: string;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A moment that cannot be read counts as the earliest (two such are equal). */
const time = (iso: string) => {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? -Infinity : at;
};

/**
 * Negative when `a` wins over `b`: the newer key, by `created`, then `generation`, then the
 * smaller salt. A passphrase change keeps `created` at least its predecessor's and adds one to
 * `generation`, so it always wins over the key it replaced.
 */
export function compareKeys(a: KeyCandidate, b: KeyCandidate): number {
  return (
    time(b.created) - time(a.created) ||
    b.generation - a.generation ||
    order(a.tag, b.tag) ||
    order(a.rev, b.rev)
  );
}

/** The keys never to choose: those this device retired, and every key a candidate replaced. */
export function retiredKeys(candidates: readonly KeyCandidate[], retired: Iterable<string> = []) {
  const tags = new Set(retired);
  for (const candidate of candidates) for (const { tag } of candidate.former ?? []) tags.add(tag);
  return tags;
}

/**
 * The key to use among `candidates`, or undefined when every one is retired: the newest (see
 * {@link compareKeys}) of those neither in `retired` (this device's list) nor replaced by
 * another candidate. A retired key replicated back is dropped however new it claims to be.
 */
export function chooseKey<T extends KeyCandidate>(
  candidates: readonly T[],
  retired: Iterable<string> = [],
): T | undefined {
  const gone = retiredKeys(candidates, retired);
  let best: T | undefined;
  for (const candidate of candidates)
    if (!gone.has(candidate.tag) && (!best || compareKeys(candidate, best) < 0)) best = candidate;
  return best;
}
