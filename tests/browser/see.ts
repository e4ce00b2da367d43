import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

// Retrying assertions on a locator (playwright-core has no test runner of its own): each polls until it holds or times out.

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5_000 });

export function see(l: Locator) {
  return {
    hasText: (want: string | RegExp) => (typeof want === 'string' ? poll(async () => (await l.textContent()) ?? '').toBe(want) : poll(async () => (await l.textContent()) ?? '').toMatch(want)),
    containsText: (want: string) => poll(async () => (await l.textContent()) ?? '').toContain(want),
    hasValue: (want: string) => poll(() => l.inputValue()).toBe(want),
    hasCount: (n: number) => poll(() => l.count()).toBe(n),
    hasAttribute: (name: string, value: string) => poll(() => l.getAttribute(name)).toBe(value),
    isFocused: () => poll(() => l.evaluate((el) => el === document.activeElement)).toBe(true),
    isDisabled: (disabled = true) => poll(() => l.isDisabled()).toBe(disabled),
    isVisible: () => l.waitFor({ state: 'visible', timeout: 5_000 }),
    isHidden: () => l.waitFor({ state: 'hidden', timeout: 5_000 }),
  };
}
