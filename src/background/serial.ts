/**
 * Runs async work one piece at a time, in the order asked. The worker's writers share one, so a
 * read-modify-write of storage never interleaves with another (PLATFORM.md: otherwise updates are lost).
 */
export type Serial = <T>(work: () => Promise<T>) => Promise<T>;

export function serial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}
