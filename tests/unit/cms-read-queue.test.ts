/** The CMS reads the content a few files at a time, in the order asked, and passes errors on. */
import { describe, expect, it } from 'vitest';
import { queue } from '../../src/cms/read-queue';

describe('queue', () => {
  it('runs at most its size at once, and every read', async () => {
    const inTurn = queue(3);
    let running = 0;
    let most = 0;
    const read = (value: number) =>
      inTurn(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return value;
      });
    expect(await Promise.all(Array.from({ length: 20 }, (_, i) => read(i)))).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
    expect(most).toBe(3);
  });

  it('passes a failed read on and goes on with the next', async () => {
    const inTurn = queue(1);
    const failed = inTurn(() => Promise.reject(new Error('timed out')));
    const next = inTurn(() => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('timed out');
    expect(await next).toBe('ok');
  });
});
