import { findChromium } from './chromium.ts';

/** Global setup of the browser suites: no browser means a failing run that says how to get one. */
export default function requireChromium(): void {
  findChromium();
}
