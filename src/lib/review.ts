/**
 * What a guide or an agency page may claim about who checked it and when. A page says
 * "diperiksa oleh <instansi>" only when the agency confirmed it (`verified`), with the date it
 * did; otherwise it says it was compiled from official sources and gives the date the text was
 * last edited. Either way, a page not looked at for longer than the review period in settings
 * is "perlu ditinjau ulang". Pure: the build passes its own day (`today` from site-data).
 */
import { t } from '../i18n/id';
import { fill } from '../i18n/fill';
import { formatDate } from './format';

/** The review period when settings name none. */
export const DEFAULT_REVIEW_MONTHS = 12;

export interface ReviewInput {
  /** The agency confirmed the content. */
  verified: boolean;
  /** When it confirmed it (verified) or when the text was last edited (not verified). */
  date?: Date;
}

export interface ReviewState {
  verified: boolean;
  date?: Date;
  /** The last day the content counts as current; none when it has no date at all. */
  dueBy?: Date;
  /** Past its review period, or never dated: it needs another look. */
  overdue: boolean;
}

/**
 * The calendar day `months` after `date` (UTC-midnight dates, as content dates are). A day
 * that the target month lacks falls back to its last day: 31 March + 1 month is 30 April.
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Where a guide or an agency page stands on `today`, for a review period of `months`. */
export function reviewState(input: ReviewInput, today: Date, months = DEFAULT_REVIEW_MONTHS): ReviewState {
  if (!input.date) return { verified: input.verified, overdue: true };
  const dueBy = addMonths(input.date, months);
  return { verified: input.verified, date: input.date, dueBy, overdue: today.getTime() > dueBy.getTime() };
}

/**
 * The sentence residents read: "Diperiksa oleh Disdukcapil pada 3 Maret 2026." or "Disusun dari
 * sumber resmi, belum dikonfirmasi instansi. Terakhir diubah 10 Februari 2025."
 */
export function reviewSentence(state: ReviewState, agency: string): string {
  const date = state.date ? formatDate(state.date) : undefined;
  if (state.verified)
    return date ? fill(t.review.verified, { agency, date }) : fill(t.review.verifiedUndated, { agency });
  return date ? `${t.review.unverified} ${fill(t.review.edited, { date })}` : t.review.unverified;
}
