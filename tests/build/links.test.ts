/**
 * No broken internal link, anchor or asset anywhere in the built site. External links are
 * listed for review but never fetched (the build machine may be offline; other sites change).
 */
import { expect, inject, it } from 'vitest';
import { checkLinks } from '../check-links';
import { projectRoot } from '../build-site';
import { readSiteUrl } from '../../src/integrations/site-url.mjs';

it('every internal link, anchor and asset resolves', () => {
  const { checked, broken, external } = checkLinks(inject('distDir'), new URL(readSiteUrl(projectRoot)).origin);
  console.log(
    `links: ${checked} internal references checked, ${broken.length} broken; ${external.size} external links (not fetched):\n  ${[...external].sort().join('\n  ')}`,
  );
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
