import { describe, expect, it } from 'vitest';
import { whatsappChatUrl, whatsappShareUrl } from '../../src/lib/share';
import { campaignCardSvg, wrapText } from '../../src/lib/campaign-card';

describe('WhatsApp links', () => {
  it('encode every character of the message, so none is lost or misread', () => {
    const title = 'KTP & KK #gratis? 100% — “tanpa calo” 🙂 خدمة';
    const url = 'https://mpp.example/layanan/ktp-el-baru/?a=1&b=2';
    const href = whatsappShareUrl(title, url, 'Info dari MPP:');
    const parsed = new URL(href);
    expect(parsed.origin + parsed.pathname).toBe('https://wa.me/');
    expect([...parsed.searchParams.keys()]).toEqual(['text']);
    expect(parsed.searchParams.get('text')).toBe(`Info dari MPP: ${title}\n${url}`);
  });

  it('chat links go to the seller number with the message pre-filled', () => {
    const href = whatsappChatUrl('6281234567890', 'Halo, gerai G-01 (Songket & Tenun)?');
    expect(href).toBe('https://wa.me/6281234567890?text=Halo%2C%20gerai%20G-01%20(Songket%20%26%20Tenun)%3F');
    expect(new URL(href).searchParams.get('text')).toBe('Halo, gerai G-01 (Songket & Tenun)?');
  });

  it('chat links without a message open the chat with no text parameter', () =>
    expect(whatsappChatUrl('6281234567890')).toBe('https://wa.me/6281234567890'));
});

describe('campaign card', () => {
  it('wraps text by words within the width', () => {
    expect(wrapText('Urus dokumen kependudukan gratis di MPP', 20)).toEqual([
      'Urus dokumen',
      'kependudukan gratis',
      'di MPP',
    ]);
    expect(wrapText('', 10)).toEqual([]);
  });
  it('escapes text so an entry cannot break the SVG', () => {
    const svg = campaignCardSvg({
      title: 'A <b> & "c"',
      message: '</svg><script>x</script>',
      siteName: 'MPP',
      url: 'https://x.example/',
    });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).not.toContain('<script>');
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
  });
});
