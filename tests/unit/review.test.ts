/**
 * The review line of guides and agency pages, on a fixed clock: the build's day comes from
 * buildDate() exactly as site-data computes `today`, then reviewState() and reviewSentence().
 */
import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/date-windows';
import { addMonths, reviewSentence, reviewState } from '../../src/lib/review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// 23:30 UTC on 27 November is already 28 November in WIB: the build's day is the MPP's day.
const today = buildDate('Asia/Jakarta', {}, new Date('2026-11-27T23:30:00Z'));

describe('the day the review period is measured from', () => {
  it('is the MPP’s calendar day at build time', () => expect(today).toEqual(day('2026-11-28')));
});

describe('reviewState', () => {
  it('a verified guide within the period: checked by the agency, not overdue', () => {
    const state = reviewState({ verified: true, date: day('2026-03-02') }, today, 12);
    expect(state).toEqual({ verified: true, date: day('2026-03-02'), dueBy: day('2027-03-02'), overdue: false });
    expect(reviewSentence(state, 'Disdukcapil')).toBe('Diperiksa oleh Disdukcapil pada 2 Maret 2026.');
  });

  it('an unverified guide says it was compiled from official sources, with its last edit', () => {
    const state = reviewState({ verified: false, date: day('2026-11-20') }, today, 12);
    expect(state.overdue).toBe(false);
    expect(reviewSentence(state, 'Disdukcapil')).toBe(
      'Disusun dari sumber resmi, belum dikonfirmasi instansi. Terakhir diubah 20 November 2026.',
    );
  });

  it('never names the agency as checker of an unverified page', () => {
    const state = reviewState({ verified: false, date: day('2026-11-20') }, today);
    expect(reviewSentence(state, 'Disdukcapil')).not.toMatch(/oleh/);
  });

  it('is overdue the day after the period ends, not on its last day', () => {
    expect(reviewState({ verified: true, date: day('2025-11-28') }, today, 12).overdue).toBe(false);
    expect(reviewState({ verified: true, date: day('2025-11-27') }, today, 12).overdue).toBe(true);
  });

  it('an unverified guide edited in February 2025 is overdue under the default 12 months', () => {
    const state = reviewState({ verified: false, date: day('2025-02-10') }, today);
    expect(state).toMatchObject({ overdue: true, dueBy: day('2026-02-10') });
  });

  it('follows the period in settings', () => {
    const input = { verified: false, date: day('2026-04-01') };
    expect(reviewState(input, today, 6).overdue).toBe(true);
    expect(reviewState(input, today, 12).overdue).toBe(false);
  });

  it('a page without any date needs review and says no date', () => {
    const state = reviewState({ verified: false }, today);
    expect(state).toEqual({ verified: false, overdue: true });
    expect(reviewSentence(state, 'Samsat')).toBe('Disusun dari sumber resmi, belum dikonfirmasi instansi.');
    expect(reviewSentence(reviewState({ verified: true }, today), 'PLN')).toBe('Diperiksa oleh PLN.');
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-03-15', 12, '2026-03-15'],
  ])('%s + %i months = %s', (from, months, to) => expect(addMonths(day(from), months)).toEqual(day(to)));
});
