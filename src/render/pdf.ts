// The HTML report printed to A4 by headless Chromium (playwright-core driving the system's
// browser: Debian's `chromium`, or the binary PROFIEL_CHROMIUM names). No browser is downloaded.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UserError } from '../errors.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser to print with, or undefined. PROFIEL_CHROMIUM wins; otherwise the first on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const runnable = (path: string) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env.PROFIEL_CHROMIUM) return runnable(env.PROFIEL_CHROMIUM) ? env.PROFIEL_CHROMIUM : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) if (dir && runnable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Flags for a browser in a closed network, run as any user (also root, in CI). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The HTML as an A4 PDF: tagged (headings, tables and reading order for a screen reader), with the
 * sections as bookmarks, the title and language of the HTML, and `datum` (yyyy-mm-dd) as its
 * creation and modification date, so that the same input gives the same bytes from the same Chromium.
 */
export async function htmlToPdf(html: string, datum: string): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) {
    const named = process.env.PROFIEL_CHROMIUM ? ` (PROFIEL_CHROMIUM=${process.env.PROFIEL_CHROMIUM} is niet uit te voeren)` : '';
    throw new UserError('omgeving', [`een PDF maken vraagt Chromium, en dat is niet gevonden${named}`], [
      'Installeer het (Debian/Ubuntu: sudo apt-get install chromium), of zet PROFIEL_CHROMIUM op het pad naar Chromium of Chrome.',
      'HTML, Markdown en Excel hebben het niet nodig: --format html | markdown | xlsx.',
    ]);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return withDate(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true }), datum);
  } finally {
    await browser.close();
  }
}

/**
 * Chromium writes the moment of printing as CreationDate and ModDate (D:yyyymmddHHMMSS+00'00');
 * each becomes `datum` at midnight, in as many bytes, so the cross-reference offsets stay right.
 */
function withDate(pdf: Buffer, datum: string): Buffer {
  const text = pdf.toString('latin1');
  const stamp = `D:${datum.replaceAll('-', '')}000000`;
  const dated = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key: string) => `/${key} (${stamp}`);
  return dated.length === text.length ? Buffer.from(dated, 'latin1') : pdf;
}
