import { expect } from '@open-wc/testing';

/**
 * Asserts an element and everything in its shadow root passes axe (WCAG 2.2 AA rules).
 * A thin wrapper so every test uses the same rules.
 */
export async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible({
    // Colour contrast is checked too; only rules that need a whole page are left out.
    ignoredRules: ['region', 'landmark-one-main', 'page-has-heading-one'],
  });
}

/** Asserts axe finds a violation, proving the check can fail. */
export async function expectInaccessible(element: Element): Promise<void> {
  await expect(element).not.to.be.accessible({ ignoredRules: ['region', 'landmark-one-main', 'page-has-heading-one'] });
}
