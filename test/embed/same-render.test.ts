// The build minifies the widgets' Lit templates and styles (vite.config.ts); every other test runs
// the source. This one renders the widgets from the source and from the shipped CDN bundles side
// by side and requires what a visitor gets to be the same: visible text (so no visible space is
// lost or added), elements, attributes and control state (so bindings survive), computed styles.
import { expect } from '@open-wc/testing';
import { frameReport } from '../helpers/frame-report.js';

interface WidgetRender {
  name: string;
  text: string;
  structure: unknown[];
  styles: Record<string, string>[];
}
interface SameRenderReport {
  errors: string[];
  widgets: WidgetRender[];
}

/** Loads the comparison page with one build in a frame of a fixed size and waits for its report. */
const render = (build: 'source' | 'cdn' | 'lazy') =>
  frameReport<SameRenderReport>(`/test/embed/same-render.html?build=${build}`, 'npqSameRenderReport', `Widgets from the ${build} build`);

/**
 * The computed styles that differ between two renders of one widget, element by element. Where
 * no background image is drawn its position does nothing: the minifier writes `background: none`
 * as `background: 0 0`, which computes to a position of 0px 0px instead of 0% 0%.
 */
function styleDifferences(built: WidgetRender, source: WidgetRender): string[] {
  return source.styles.flatMap((expected, index) => {
    const actual = built.styles[index] ?? {};
    const noImage = expected['background-image'] === 'none' && actual['background-image'] === 'none';
    return Object.keys(expected)
      .filter((property) => actual[property] !== expected[property] && !(noImage && property.startsWith('background-position')))
      .map((property) => `element ${index + 1}: ${property} is "${actual[property]}", source "${expected[property]}"`);
  });
}

describe('the shipped build renders what the source renders', () => {
  let source: SameRenderReport;
  before(async () => {
    source = await render('source');
  });

  it('the source renders every widget on the comparison page, states included', () => {
    expect(source.errors).to.deep.equal([]);
    expect(source.widgets).to.have.length(7);
    for (const widget of source.widgets) expect(widget.text, widget.name).to.not.equal('');
    // The space before the dash sits at the start of a nested template, where a minifier that
    // trims would take it away.
    expect(source.widgets[0]?.text).to.match(/^Closing soon – closes /);
  });

  for (const build of ['cdn', 'lazy'] as const) {
    it(`${build === 'cdn' ? 'the CDN bundle' : 'lazy mode'}: same visible text, elements, attributes, control state and computed styles`, async () => {
      const built = await render(build);
      expect(built.errors).to.deep.equal([]);
      expect(built.widgets.map((widget) => widget.name)).to.deep.equal(source.widgets.map((widget) => widget.name));
      source.widgets.forEach((expected, index) => {
        const widget = built.widgets[index]!;
        expect(widget.text, expected.name).to.equal(expected.text);
        expect(widget.structure, expected.name).to.deep.equal(expected.structure);
        expect(widget.styles.length, expected.name).to.equal(expected.styles.length);
        expect(styleDifferences(widget, expected), expected.name).to.deep.equal([]);
      });
    });
  }
});
