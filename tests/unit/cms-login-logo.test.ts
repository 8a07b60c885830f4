/**
 * The admin's login screen shows the MPP's name from the settings, not Decap's logo; a name
 * with characters that mean something in SVG still shows as written.
 */
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config';
import { loginLogoSvg, nameLines } from '../../src/cms/login-logo';

describe('the login picture', () => {
  it('breaks a long name between words', () => {
    expect(nameLines('Mal Pelayanan Publik Kabupaten Ogan Ilir')).toEqual([
      'Mal Pelayanan Publik',
      'Kabupaten Ogan Ilir',
    ]);
    expect(nameLines('MPP')).toEqual(['MPP']);
  });

  it('writes the name as text, escaped', () => {
    const svg = loginLogoSvg('MPP Kota <Contoh> & "Sekitarnya"');
    expect(svg).toContain('<title>MPP Kota &lt;Contoh&gt; &amp; &quot;Sekitarnya&quot;</title>');
    expect(svg).not.toContain('<Contoh>');
    expect(svg.match(/<text /g)).toHaveLength(nameLines('MPP Kota <Contoh> & "Sekitarnya"').length);
  });

  it('is the logo of the CMS configuration when the site has a name', () => {
    const config = cmsConfig({}, undefined, 'Mal Pelayanan Publik Kabupaten Ogan Ilir');
    expect(config.logo?.show_in_header).toBe(false);
    expect(decodeURIComponent(config.logo?.src ?? '')).toMatch(/^data:image\/svg\+xml,<svg .*Kabupaten Ogan Ilir/);
    expect(cmsConfig({}).logo).toBeUndefined();
  });
});
