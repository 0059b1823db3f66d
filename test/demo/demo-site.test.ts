import { expect, waitUntil } from '@open-wc/testing';

type DemoWindow = Window & {
  __npqDemoReport: { errors: string[] };
  axe?: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
};

const WIDGETS = ['npq-programme-finder', 'npq-content-explorer', 'npq-application-status', 'npq-eligibility-checker'];

/** A widget has rendered when its shadow root has content and no longer shows the loading state. */
function hasRendered(widget: Element): boolean {
  const shadow = widget.shadowRoot;
  return !!shadow && (shadow.textContent?.trim().length ?? 0) > 0 && !shadow.querySelector('[part~="loading"]');
}

/** Opens a demo page in a frame, as a visitor would, and waits until its widgets have rendered. */
async function openDemoPage(path: string): Promise<{ frame: HTMLIFrameElement; page: DemoWindow; document: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'Demo page';
  frame.width = '1024';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${path}${path.includes('?') ? '&' : '?'}probe`;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as DemoWindow;
  const doc = frame.contentDocument!;
  await waitUntil(() => [...doc.querySelectorAll(WIDGETS.join(','))].every(hasRendered), `widgets on ${path} did not render`, { timeout: 8000 });
  return { frame, page, document: doc };
}

/** Runs axe inside the frame (WCAG 2.x A and AA rules) and returns the violations. */
async function axeViolations(page: DemoWindow, doc: Document): Promise<string[]> {
  if (!page.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await ready;
  }
  const result = await page.axe!.run(doc, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

const pages = [
  { path: '/demo/index.html?date=2026-09-14', widgets: ['npq-programme-finder'] },
  { path: '/demo/programme.html?id=npq-headship&date=2026-09-14', widgets: ['npq-application-status', 'npq-content-explorer', 'npq-eligibility-checker'] },
  { path: '/demo/programme.html?id=npq-leading-primary-mathematics', widgets: ['npq-application-status', 'npq-content-explorer', 'npq-eligibility-checker'] },
  { path: '/demo/check-eligibility.html', widgets: ['npq-eligibility-checker'] },
];

describe('the demo hub site', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  for (const { path, widgets } of pages) {
    it(`renders every widget on ${path} with no console errors, and passes axe`, async () => {
      const { page, document: doc } = await openDemoPage(path);
      for (const tag of widgets) expect(doc.querySelector(tag)?.shadowRoot?.textContent?.trim(), tag).to.not.equal('');
      expect(page.__npqDemoReport.errors).to.deep.equal([]);
      expect(await axeViolations(page, doc)).to.deep.equal([]);
    });
  }

  it('fixes the demo date from ?date= so statuses are reproducible', async () => {
    const { document: doc } = await openDemoPage('/demo/programme.html?id=npq-headship&date=2026-09-14');
    expect(doc.querySelector('npq-application-status')!.getAttribute('now')).to.equal('2026-09-14T12:00:00.000Z');
    expect(doc.querySelector('h1')!.textContent).to.equal('NPQ in Headship');
  });
});

describe('the embed builder', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  async function openBuilder() {
    const frame = document.createElement('iframe');
    frame.title = 'Embed builder';
    frame.width = '1280';
    frame.height = '900';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/builder.html?probe';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('#definition-text'), 'builder did not start');
    return { page: frame.contentWindow as DemoWindow, doc };
  }

  function type(doc: Document, text: string) {
    const textarea = doc.querySelector<HTMLTextAreaElement>('#definition-text')!;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  it('lists the located issues of a broken definition and selects each one in the text', async () => {
    const { page, doc } = await openBuilder();
    const sample = (await (await fetch('/demo/data/programmes.json')).json()) as { glossary: { url?: string }[] };
    sample.glossary[0]!.url = 'javascript:alert(1)';
    const text = JSON.stringify(sample, null, 2);
    type(doc, text);
    await waitUntil(() => doc.querySelector('.issues li'), 'no issues listed');
    const issue = doc.querySelector<HTMLButtonElement>('.issues li button')!;
    expect(issue.textContent).to.equal('/glossary/0/url');
    expect(doc.querySelector('.issues')!.textContent).to.contain('1 error and 0 warnings. 11 programmes can still be shown.');
    expect(await axeViolations(page, doc)).to.deep.equal([]);
    issue.click();
    const textarea = doc.querySelector<HTMLTextAreaElement>('#definition-text')!;
    expect(doc.activeElement).to.equal(textarea);
    expect(text.slice(textarea.selectionStart, textarea.selectionEnd)).to.equal('"url": "javascript:alert(1)"');
  });

  it('previews the fixed definition and gives a snippet that works pasted into a blank page', async () => {
    const { page, doc } = await openBuilder();
    type(doc, await (await fetch('/demo/data/programmes.json')).text());
    await waitUntil(() => doc.querySelector('.issues.clean'), 'definition not accepted');
    await waitUntil(() => {
      const finder = doc.querySelector('.preview npq-programme-finder');
      return finder ? hasRendered(finder) && finder.shadowRoot!.textContent!.includes('11 programmes found') : false;
    }, 'preview did not render', { timeout: 5000 });
    expect(doc.querySelector('.issues')!.textContent).to.contain('No problems found: 11 programmes are ready to show.');
    expect(doc.querySelector('#mermaid-flow')!.textContent).to.match(/^flowchart TD/);
    expect(page.__npqDemoReport.errors).to.deep.equal([]);
    expect(await axeViolations(page, doc)).to.deep.equal([]);

    const snippet = doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(snippet).to.contain('<npq-programme-finder></npq-programme-finder>');
    // The blank page loads the kit from this server instead of the public CDN, and the sample as the hub's file.
    const local = snippet
      .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/npq-widgets@[^"]+/, '/dist/cdn/npq-widgets.js')
      .replace('https://www.your-hub.org.uk/npq/programmes.json', '/demo/data/programmes.json');
    const blank = document.createElement('iframe');
    blank.title = 'Blank page';
    blank.srcdoc = `<!doctype html><html lang="en"><head><title>Blank</title></head><body>${local}</body></html>`;
    document.body.append(blank);
    await waitUntil(
      () => blank.contentDocument?.querySelector('npq-programme-finder')?.shadowRoot?.textContent?.includes('11 programmes found'),
      'the pasted snippet did not render',
      { timeout: 8000 },
    );
  });

  it('writes the chosen widget and attributes into both the preview and the snippet', async () => {
    const { doc } = await openBuilder();
    type(doc, await (await fetch('/demo/data/programmes.json')).text());
    await waitUntil(() => doc.querySelector('.issues.clean'), 'definition not accepted');
    const choose = (selector: string, value: string) => {
      const select = doc.querySelector<HTMLSelectElement>(selector)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('#widget-choice', 'npq-application-status');
    await waitUntil(() => doc.querySelector('#programme-choice option[value="npq-senco"]'), 'no programme choice');
    choose('#programme-choice', 'npq-senco');
    doc.querySelectorAll<HTMLInputElement>('input[name="variant"]')[0]!.click();
    choose('#heading-level', '3');
    await waitUntil(() => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value.includes('heading-level'), 'snippet not updated');
    expect(doc.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.contain(
      '<npq-application-status programme="npq-senco" variant="badge" heading-level="3"></npq-application-status>',
    );
    const preview = doc.querySelector('.preview npq-application-status')!;
    expect([preview.getAttribute('programme'), preview.getAttribute('variant'), preview.getAttribute('heading-level')]).to.deep.equal(['npq-senco', 'badge', '3']);
  });
});
