import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Chromium: CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own download (not available offline). */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's browser is not installed: fall through to the error below.
  }
  return undefined;
}

export function requireChromium(): string {
  const path = findChromium();
  if (!path)
    throw new Error(
      'Chromium not found. Install it (Debian: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  return path;
}

/** Flags for a quiet, offline, root-friendly Chromium; with `extensionPath`, it loads the unpacked extension. */
export function chromiumArgs(extensionPath?: string): string[] {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
  if (extensionPath) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
