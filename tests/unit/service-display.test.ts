/** The fee badge and unverified notice the site and the CMS previews both draw. */
import { describe, expect, it } from 'vitest';
import { UNVERIFIED_NOTICE, feeBadge } from '../../src/lib/service-display';

describe('fee badge', () => {
  it.each([
    ['gratis', 'Gratis', 'bg-ok-50 text-ok-800'],
    ['berbayar', 'Berbayar', 'bg-warn-50 text-warn-800'],
    ['belum-dikonfirmasi', 'Biaya belum dikonfirmasi', 'bg-surface text-ink'],
  ])('"%s" reads "%s" on its own tint', (status, label, tint) => {
    const badge = feeBadge(status);
    expect(badge.label).toBe(label);
    expect(badge.className).toContain('tag ring-1');
    expect(badge.className).toContain(tint);
  });

  it('shows a status it does not know as typed, untinted (a half-filled CMS entry)', () => {
    expect(feeBadge('')).toEqual({ label: '', className: 'tag ring-1' });
    expect(feeBadge('toString')).toEqual({ label: 'toString', className: 'tag ring-1' });
  });
});

describe('unverified notice', () => {
  it('says the data is a sample awaiting the agency, in amber', () => {
    expect(UNVERIFIED_NOTICE.title).toMatch(/konfirmasi/);
    expect(UNVERIFIED_NOTICE.className).toContain('bg-warn-50');
  });
});
