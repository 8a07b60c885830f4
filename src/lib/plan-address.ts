/**
 * A visit plan's address: `/rencana/?l=ktp-el-baru,kartu-keluarga`. Its own small module, so the
 * URL table (routes.ts) and the planner's page script share it without loading each other.
 */

/** The ids of a plan address's `l` parameter(s): "a,b" or l=a&l=b, in order, without repeats. */
export function planIds(search: string): string[] {
  const params = new URLSearchParams(search);
  const ids = params
    .getAll('l')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim().toLowerCase())
    .filter((id) => /^[a-z0-9-]+$/.test(id));
  return [...new Set(ids)];
}

/** The query of a plan's address, with the ids joined by commas so it stays short to share. */
export const planQuery = (ids: string[]): string => (ids.length ? `?l=${ids.join(',')}` : '');
