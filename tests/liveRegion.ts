/** Every line the shared live region holds now, in order. */
export const announcements = () =>
  Array.from(document.querySelectorAll('[data-attune-announcer] > div'), (line) => line.textContent);

/**
 * Starts listening to the shared live region; the function it returns stops and gives every
 * line said meanwhile, those already withdrawn after their few seconds included.
 */
export function listen(): () => string[] {
  const said: string[] = [];
  const take = (records: MutationRecord[]) => {
    for (const record of records)
      if (record.target instanceof HTMLElement && record.target.hasAttribute('data-attune-announcer'))
        record.addedNodes.forEach((line) => said.push(line.textContent ?? ''));
  };
  const observer = new MutationObserver(take);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    take(observer.takeRecords());
    observer.disconnect();
    return said;
  };
}
