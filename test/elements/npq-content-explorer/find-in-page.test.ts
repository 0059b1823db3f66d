import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

/**
 * Find-in-page cannot be typed into headless Chromium, but a text fragment (`#:~:text=…`) goes
 * through the same search, and it reveals `hidden="until-found"` content the same way (firing
 * `beforematch`). Fragments only run in a top-level page opened by a user, so a real click opens
 * find-in-page.html in a new window.
 */
async function openWithTextFragment(text: string): Promise<Window> {
  let opened: Window | null = null;
  const url = new URL(`./find-in-page.html#:~:text=${encodeURIComponent(text)}`, import.meta.url).href;
  const button = await fixture<HTMLButtonElement>(html`<button type="button" @click=${() => (opened = window.open(url, '_blank', 'width=800,height=600'))}>Open</button>`);
  const box = button.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await waitUntil(() => opened !== null, 'the page opens');
  return opened!;
}

function sectionState(page: Window, areaId: string): { expanded: string | null; hidden: string | null } {
  const root = page.document.querySelector('npq-content-explorer')?.shadowRoot;
  return {
    expanded: root?.querySelector(`#npq-area-${areaId} button`)?.getAttribute('aria-expanded') ?? null,
    hidden: root?.querySelector(`#npq-area-${areaId}-content`)?.getAttribute('hidden') ?? null,
  };
}

describe('<npq-content-explorer> find in page', () => {
  it('opens the closed section holding the text the browser finds, and only that one', async () => {
    const page = await openWithTextFragment('Decide what to stop doing');
    try {
      await waitUntil(() => sectionState(page, 'implementation').expanded === 'true', 'the section holding the text opens', { timeout: 5000 });
      expect(sectionState(page, 'implementation')).to.deep.equal({ expanded: 'true', hidden: null });
      const root = page.document.querySelector('npq-content-explorer')!.shadowRoot!;
      expect(root.querySelector('#npq-area-implementation .section-toggle')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Hide this section');
      expect(root.querySelector('.show-all')!.getAttribute('aria-expanded')).to.equal('false');
      for (const other of ['school-culture', 'curriculum-and-assessment', 'governance-and-accountability']) {
        expect(sectionState(page, other), other).to.deep.equal({ expanded: 'false', hidden: 'until-found' });
      }
    } finally {
      page.close();
    }
  });
});
