import { expect } from '@open-wc/testing';
import { frameReport } from '../helpers/frame-report.js';

interface EmbedReport {
  violations: string[];
  errors: string[];
  warnings: string[];
  rendered: Record<string, number>;
  layout: Record<string, { width: number; height: number } | undefined>;
  styles: Record<string, { textTransform: string; lineHeightRatio: number; buttonPadding?: string; buttonCursor?: string } | undefined>;
}

const TAGS = ['npq-programmes', 'npq-application-status', 'npq-programme-finder', 'npq-content-explorer', 'npq-eligibility-checker'];

/** Loads the embed page (served with a strict CSP) in a frame and waits for its report. */
const embed = (query = '') => frameReport<EmbedReport>(`/test/embed/embed.html${query}`, 'npqEmbedReport', 'Embed test page');

describe('embedding the CDN bundle on a hub page', () => {
  it('renders every widget under a strict CSP with Trusted Types, with no violation or error', async () => {
    const report = await embed();
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    for (const tag of TAGS.slice(1)) expect(report.rendered[tag], tag).to.be.above(0);
  });

  it('survives the script included twice: no exception, one warning', async () => {
    const report = await embed('?double');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain('included twice');
    for (const tag of TAGS.slice(1)) expect(report.rendered[tag], tag).to.be.above(0);
  });

  it('survives two versions of the kit on one page: the first keeps its tags, no exception, one warning', async () => {
    const report = await embed('?two-versions');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain('is already defined by npq-widgets 0.0.9; that definition is kept');
    for (const tag of TAGS.slice(1)) expect(report.rendered[tag], tag).to.be.above(0);
  });

  it('keeps a tag the host page already defined, and the other tags still work', async () => {
    const report = await embed('?predefine=npq-content-explorer');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain('<npq-content-explorer> is already defined by another script');
    expect(report.rendered['npq-content-explorer']).to.equal(0);
    for (const tag of TAGS.filter((tag) => tag !== 'npq-content-explorer' && tag !== 'npq-programmes')) {
      expect(report.rendered[tag], tag).to.be.above(0);
    }
  });

  it('keeps working under a hostile host stylesheet', async () => {
    const calm = await embed();
    const hostile = await embed('?hostile');
    expect(hostile.errors).to.deep.equal([]);
    expect(hostile.violations).to.deep.equal([]);
    for (const tag of TAGS.slice(1)) {
      expect(hostile.rendered[tag], tag).to.equal(calm.rendered[tag]);
      expect(hostile.layout[tag]?.height, tag).to.be.above(0);
      // The host's uppercase and zero line height stop at the shadow root; buttons keep their styles.
      expect(hostile.styles[tag]?.textTransform, tag).to.equal('none');
      expect(hostile.styles[tag]?.lineHeightRatio, tag).to.be.at.least(1.2);
      if (calm.styles[tag]?.buttonPadding && calm.styles[tag]?.buttonPadding !== '0px') {
        expect(hostile.styles[tag]?.buttonPadding, tag).to.not.equal('0px');
        expect(hostile.styles[tag]?.buttonCursor, tag).to.equal(calm.styles[tag]?.buttonCursor);
      }
    }
    // Block widgets still fill the same column; text follows the host's own (tiny) root size.
    for (const tag of ['npq-programme-finder', 'npq-content-explorer', 'npq-eligibility-checker']) {
      expect(hostile.layout[tag]?.width, tag).to.equal(calm.layout[tag]?.width);
    }
  });
});

describe('lazy mode', () => {
  it("loads a widget's code only when its tag is on the page, under the strict CSP", async () => {
    const report = await frameReport<{ violations: string[]; errors: string[]; before: string[]; after: string[]; rendered: Record<string, number> }>(
      '/test/embed/lazy.html',
      'npqLazyReport',
      'Lazy embed test page',
    );
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.before).to.deep.equal(['npq-programmes', 'npq-application-status']);
    expect(report.after).to.deep.equal(['npq-programmes', 'npq-application-status', 'npq-programme-finder']);
    expect(report.rendered['npq-application-status']).to.be.above(0);
    expect(report.rendered['npq-programme-finder']).to.be.above(0);
  });
});
