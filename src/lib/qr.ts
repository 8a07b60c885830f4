/** QR codes generated at build time as inline SVG (no image request, prints sharply). */
import QRCode from 'qrcode';

const cache = new Map<string, Promise<string>>();

/** An SVG QR code for a URL, with medium error correction so a creased printout still scans. */
export function qrSvg(url: string): Promise<string> {
  let svg = cache.get(url);
  if (!svg) {
    svg = QRCode.toString(url, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#000000', light: '#ffffff' },
    });
    cache.set(url, svg);
  }
  return svg;
}
