/**
 * Runs async tasks one at a time, in the order asked: a task starts when the one before it has
 * settled, whether it resolved or failed. Storage uses it so that a save never interleaves
 * with a load, a passphrase change or a lock.
 */
export function serialQueue() {
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }
  /** Settles once every task asked for so far has. */
  serial.idle = () => queue;
  return serial;
}
