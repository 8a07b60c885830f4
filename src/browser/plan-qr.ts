/**
 * The QR code on a printed visit plan, as SVG markup. Bundled on its own into /rencana/qr.js
 * (src/pages/rencana/qr.js.ts) and imported by the planner only once a plan exists.
 */
import QRCode from 'qrcode';

/** Medium error correction, as on printed guides, so a creased sheet still scans. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
