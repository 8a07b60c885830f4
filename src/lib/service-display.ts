/**
 * What a service guide shows about its fee and about unverified sample data: the words and the
 * classes. Both the site's components (`FeeBadge.astro`, `UnverifiedNotice.astro`) and the CMS
 * previews draw from here, so an editor sees the same badge and notice residents will see.
 */
import { t } from '../i18n/id';
import type { Service } from './site-data';

export type FeeStatus = Service['data']['fee']['status'];

/** Green for free, amber for paid, grey while the fee is unconfirmed (pairs in contrast.test.ts). */
const FEE_TONES: Record<FeeStatus, string> = {
  gratis: 'bg-ok-50 text-ok-800 ring-ok-800',
  berbayar: 'bg-warn-50 text-warn-800 ring-warn-800',
  'belum-dikonfirmasi': 'bg-surface text-ink ring-muted',
};

/** A badge: its text and classes. */
export interface Badge {
  label: string;
  className: string;
}

/**
 * "Gratis", "Berbayar" or "Biaya belum dikonfirmasi" as a coloured tag. A status the site does
 * not know (an editor's half-filled entry) shows as itself, untinted.
 */
export function feeBadge(status: string): Badge {
  const known = Object.hasOwn(FEE_TONES, status);
  return {
    label: known ? t.service.feeStatus[status as FeeStatus] : status,
    className: known ? `tag ring-1 ${FEE_TONES[status as FeeStatus]}` : 'tag ring-1',
  };
}

/**
 * The notice on a guide whose data its agency has not yet confirmed: one line near the top,
 * linking to its explanation (`body`) at the foot of the page, so it never pushes the key facts
 * out of a phone's first screen.
 */
export const UNVERIFIED_NOTICE = {
  title: t.service.unverifiedShort,
  body: t.service.unverifiedBody,
  more: t.service.whatItMeans,
  className:
    'rounded-md border-l-4 border-warn-800 bg-warn-50 px-2 py-1 max-md:text-sm md:px-3 print:[font-size:inherit]',
  titleClassName: 'font-normal md:font-semibold',
} as const;
