import { describe, expect, it } from 'vitest';
import { findSystemChromium } from '../helpers/browser.ts';

describe('which browser the tests drive', () => {
  const on = (...files: string[]) => (file: string) => files.includes(file);
  it.each([
    ['CHROMIUM_PATH wins over a system browser', '/opt/chrome/chrome', on('/opt/chrome/chrome', '/usr/bin/chromium'), '/opt/chrome/chrome'],
    ["Debian's Chromium when nothing is set", undefined, on('/usr/bin/chromium', '/usr/bin/google-chrome'), '/usr/bin/chromium'],
    ['Google Chrome when it is the only one', undefined, on('/usr/bin/google-chrome'), '/usr/bin/google-chrome'],
    ['none on a fresh machine, so the bundled one is unpacked', undefined, on(), undefined],
  ])('%s', (_name, explicit, exists, expected) => {
    expect(findSystemChromium(explicit, exists)).toBe(expected);
  });

  it('says how to fix a CHROMIUM_PATH that points at nothing', () => {
    expect(() => findSystemChromium('/nowhere/chromium', on())).toThrow(/CHROMIUM_PATH is \/nowhere\/chromium.*unset it/);
  });

});
