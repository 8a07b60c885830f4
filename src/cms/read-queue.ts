/**
 * Runs at most `size` reads at once. decap-server's Git mode answers one request at a time and
 * gives up on one that waited three seconds; a check reads some twenty folders and files, which
 * all at once on a busy machine would time out.
 */
export function queue(size: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(read: () => Promise<T>): Promise<T> => {
    if (running < size) running++;
    // A read that finishes hands its place to the next one waiting.
    else await new Promise<void>((start) => waiting.push(start));
    try {
      return await read();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
