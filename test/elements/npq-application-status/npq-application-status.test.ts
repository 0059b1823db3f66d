import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/npq-application-status/define.js';
import '../../../src/elements/npq-programmes/define.js';
import type { NpqApplicationStatus } from '../../../src/elements/npq-application-status/npq-application-status.js';
import type { NpqErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/axe.js';
import { captureWarnings } from '../../helpers/console.js';
import { routeFetch } from '../../helpers/fetch.js';
import { autumn, cohort, definitionWith } from './fixtures.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The words a visitor sees in the widget. */
function shown(element: Element): string {
  return squash(element.shadowRoot!.querySelector('[part~="base"], [part="error"], [part="loading"]')?.textContent);
}

function times(element: Element): string[] {
  return [...element.shadowRoot!.querySelectorAll('time')].map((time) => time.getAttribute('datetime')!);
}

async function status(definition: unknown, now: string, attributes: { cohort?: string; variant?: string; headingLevel?: string } = {}) {
  return fixture<NpqApplicationStatus>(html`<npq-application-status
    programme="npq-headship"
    cohort=${attributes.cohort ?? ''}
    variant=${attributes.variant ?? 'badge'}
    heading-level=${attributes.headingLevel ?? '2'}
    now=${now}
    .definition=${definition}
  ></npq-application-status>`);
}

/** Records npq-error events and console warnings while a widget is made. */
async function withReports(make: (onError: (event: CustomEvent<NpqErrorDetail>) => void) => Promise<Element>) {
  const warnings = captureWarnings();
  const errors: NpqErrorDetail[] = [];
  try {
    const element = await make((event) => errors.push(event.detail));
    return { element, warnings: warnings.messages, errors };
  } finally {
    warnings.restore();
  }
}

const dateOnly = cohort('2026b', '2026-06-01', '2026-09-28', { label: 'Autumn 2026', starts: '2026-10-01' });
const full = cohort('2026b', '2026-06-01', '2026-09-28', { label: 'Autumn 2026', starts: '2026-10-01', override: { status: 'full', note: 'Email us to join the waiting list.' } });

describe('<npq-application-status>', () => {
  describe('badge, one row per state', () => {
    const rows: [string, unknown, string, string, string[]][] = [
      ['opens', definitionWith([autumn]), '2026-05-01T12:00:00Z', 'Opens 1 June 2026', ['2026-06-01']],
      ['open', definitionWith([autumn]), '2026-07-01T12:00:00Z', 'Applications open – closes 5pm, 28 September 2026', ['2026-09-28T17:00+01:00']],
      ['open, closing on a date', definitionWith([dateOnly]), '2026-07-01T12:00:00Z', 'Applications open – closes 28 September 2026', ['2026-09-28']],
      ['closing-soon', definitionWith([autumn]), '2026-09-20T12:00:00Z', 'Closing soon – closes 5pm, 28 September 2026', ['2026-09-28T17:00+01:00']],
      ['closed', definitionWith([autumn]), '2026-10-01T12:00:00Z', 'Applications closed', []],
      ['full', definitionWith([full]), '2026-07-01T12:00:00Z', 'Full', []],
      ['closed, no cohorts', definitionWith([]), '2026-07-01T12:00:00Z', 'Applications closed', []],
    ];
    for (const [name, definition, now, text, datetimes] of rows) {
      it(`${name}: "${text}", and passes axe`, async () => {
        const element = await status(definition, now);
        expect(shown(element)).to.equal(text);
        expect(times(element)).to.deep.equal(datetimes);
        await expectAccessible(element);
      });
    }

    it('gives each state its own tag part and colour, with the state in words', async () => {
      const seen = new Map<string, string>();
      for (const [now, state] of [
        ['2026-05-01T12:00:00Z', 'opens'],
        ['2026-07-01T12:00:00Z', 'open'],
        ['2026-09-20T12:00:00Z', 'closing-soon'],
        ['2026-10-01T12:00:00Z', 'closed'],
      ] as const) {
        const element = await status(definitionWith([autumn]), now);
        const tag = element.shadowRoot!.querySelector<HTMLElement>('[part~="tag"]')!;
        expect(tag.getAttribute('part')).to.equal(`tag tag-${state}`);
        expect(squash(tag.textContent)).not.to.equal('');
        seen.set(state, getComputedStyle(tag).backgroundColor);
      }
      expect(new Set(seen.values()).size).to.equal(seen.size);
    });

    it('speaks of the named cohort', async () => {
      const spring = cohort('2027a', '2026-09-01', '2027-01-15', { label: 'Spring 2027', starts: '2027-02-01' });
      const element = await status(definitionWith([autumn, spring]), '2026-09-20T12:00:00Z', { cohort: '2027a' });
      expect(shown(element)).to.equal('Applications open – closes 15 January 2027');
    });

    it('takes its definition from <npq-programmes> around it', async () => {
      const wrapper = await fixture(html`<npq-programmes .definition=${definitionWith([autumn])}>
        <npq-application-status programme="npq-headship" now="2026-09-20T12:00:00Z"></npq-application-status>
      </npq-programmes>`);
      const element = wrapper.querySelector('npq-application-status')!;
      await element.updateComplete;
      expect(shown(element)).to.equal('Closing soon – closes 5pm, 28 September 2026');
    });

    it('uses the wording from the definition\'s messages', async () => {
      const element = await status(definitionWith([autumn], {}, { 'status.closed': 'Not taking applications' }), '2026-10-01T12:00:00Z');
      expect(shown(element)).to.equal('Not taking applications');
    });

    it('shows the loading state, then the status, for its own src', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const fetches = routeFetch({ '/hub/programmes.json': { body: JSON.stringify(definitionWith([autumn])), gate } });
      try {
        const element = await fixture<NpqApplicationStatus>(
          html`<npq-application-status src="/hub/programmes.json" programme="npq-headship" now="2026-07-01T12:00:00Z"><a href="https://northfield-tsh.example/npqh">NPQ in Headship</a></npq-application-status>`,
        );
        const loading = element.shadowRoot!.querySelector('[part="loading"]')!;
        expect(loading.getAttribute('aria-busy')).to.equal('true');
        await expectAccessible(element);
        release();
        await new Promise((resolve) => element.addEventListener('npq-ready', resolve, { once: true }));
        await element.updateComplete;
        expect(shown(element)).to.equal('Applications open – closes 5pm, 28 September 2026');
        expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
      } finally {
        fetches.restore();
      }
    });

    it('shows the load error and the fallback when its own src fails', async () => {
      const fetches = routeFetch({});
      const warnings = captureWarnings();
      try {
        const element = await fixture<NpqApplicationStatus>(
          html`<npq-application-status src="/hub/missing.json" programme="npq-headship"><a href="https://northfield-tsh.example/npqh">NPQ in Headship</a></npq-application-status>`,
        );
        await new Promise((resolve) => element.addEventListener('npq-error', resolve, { once: true }));
        await element.updateComplete;
        const error = element.shadowRoot!.querySelector('[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('NPQ in Headship');
        await expectAccessible(element);
      } finally {
        warnings.restore();
        fetches.restore();
      }
    });
  });

  describe('banner', () => {
    it('adds a heading at the chosen level, the cohort, notes and the apply link while open', async () => {
      const element = await status(definitionWith([autumn]), '2026-09-20T12:00:00Z', { variant: 'banner', headingLevel: '3' });
      const root = element.shadowRoot!;
      expect(squash(root.querySelector('h3')?.textContent)).to.equal('Applications for NPQ in Headship');
      expect(root.querySelector('h2')).to.equal(null);
      expect(shown(element)).to.contain('Closing soon – closes 5pm, 28 September 2026');
      expect(shown(element)).to.contain('Autumn 2026 cohort, starting 1 October 2026');
      expect(shown(element)).to.contain('30 places');
      expect(shown(element)).to.contain('DfE scholarship funding is available');
      const link = root.querySelector<HTMLAnchorElement>('a[part="next-step"]')!;
      expect(squash(link.textContent)).to.equal('Apply for NPQ in Headship');
      expect(link.getAttribute('href')).to.equal('https://northfield-tsh.example/npqh/apply');
      expect(times(element)).to.deep.equal(['2026-09-28T17:00+01:00', '2026-10-01']);
      await expectAccessible(element);
    });

    it('offers "register interest" when not open', async () => {
      for (const now of ['2026-05-01T12:00:00Z', '2026-10-01T12:00:00Z']) {
        const element = await status(definitionWith([autumn]), now, { variant: 'banner' });
        const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="next-step"]')!;
        expect(squash(link.textContent)).to.equal('Register interest in NPQ in Headship');
        expect(link.getAttribute('href')).to.equal('mailto:npq@northfield-tsh.example');
        await expectAccessible(element);
      }
    });

    it('leaves out places and funding once closed', async () => {
      const element = await status(definitionWith([autumn]), '2026-10-01T12:00:00Z', { variant: 'banner' });
      expect(shown(element)).not.to.contain('30 places');
      expect(shown(element)).not.to.contain('scholarship');
    });

    it('shows the override note when full, and passes axe', async () => {
      const element = await status(definitionWith([full]), '2026-07-01T12:00:00Z', { variant: 'banner' });
      expect(shown(element)).to.contain('Full');
      expect(shown(element)).to.contain('Email us to join the waiting list.');
      expect(shown(element)).not.to.contain('scholarship');
      await expectAccessible(element);
    });

    it('falls back to the information link when there is no apply link', async () => {
      const noApply = definitionWith([autumn], { links: { information: 'https://northfield-tsh.example/npqh' } });
      const element = await status(noApply, '2026-07-01T12:00:00Z', { variant: 'banner' });
      const links = [...element.shadowRoot!.querySelectorAll('a')];
      expect(links.map((link) => [squash(link.textContent), link.getAttribute('href')])).to.deep.equal([
        ['Find out how to apply for NPQ in Headship', 'https://northfield-tsh.example/npqh'],
      ]);
    });

    it('shows no next step when the programme has no links', async () => {
      const element = await status(definitionWith([autumn], { links: {} }), '2026-10-01T12:00:00Z', { variant: 'banner' });
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      expect(shown(element)).to.contain('Applications closed');
    });

    it('renders definition text as text, never markup', async () => {
      const sneaky = cohort('2026b', '2026-06-01', '2026-09-28', { label: '<img src=x onerror=alert(1)>', starts: '2026-10-01' });
      const element = await status(definitionWith([sneaky]), '2026-07-01T12:00:00Z', { variant: 'banner' });
      expect(element.shadowRoot!.querySelector('img')).to.equal(null);
      expect(shown(element)).to.contain('<img src=x onerror=alert(1)> cohort');
    });

    for (const [name, now] of [
      ['opens', '2026-05-01T12:00:00Z'],
      ['open', '2026-07-01T12:00:00Z'],
      ['closed', '2026-10-01T12:00:00Z'],
    ] as const) {
      it(`passes axe when ${name}`, async () => {
        await expectAccessible(await status(definitionWith([autumn]), now, { variant: 'banner' }));
      });
    }
  });

  describe('applicant mode', () => {
    const rows: [string, string, string][] = [
      ['pending', 'Apply with provider', 'tag-pending'],
      ['accepted', 'Successful', 'tag-accepted'],
      ['rejected', 'Unsuccessful', 'tag-rejected'],
      ['expired', 'Expired', 'tag-expired'],
      ['deferred', 'Deferred', 'tag-deferred'],
      ['withdrawn', 'Withdrawn', 'tag-withdrawn'],
      ['passed', 'Passed', 'tag-passed'],
      ['failed', 'Not passed', 'tag-failed'],
    ];
    for (const [value, text, part] of rows) {
      it(`shows ${value} as "${text}", without a definition, and passes axe`, async () => {
        const element = await fixture<NpqApplicationStatus>(html`<npq-application-status applicant-status=${value}></npq-application-status>`);
        expect(shown(element)).to.equal(text);
        expect(element.shadowRoot!.querySelector('[part~="tag"]')!.getAttribute('part')).to.equal(`tag ${part}`);
        await expectAccessible(element);
      });
    }

    it('ignores the cohort dates', async () => {
      const element = await fixture<NpqApplicationStatus>(
        html`<npq-application-status applicant-status="accepted" programme="npq-headship" now="2026-10-01T12:00:00Z" .definition=${definitionWith([autumn])}></npq-application-status>`,
      );
      expect(shown(element)).to.equal('Successful');
    });

    it('explains the next step in a banner: apply with the provider', async () => {
      const element = await fixture<NpqApplicationStatus>(
        html`<npq-application-status variant="banner" applicant-status="pending" programme="npq-headship" .definition=${definitionWith([autumn])}></npq-application-status>`,
      );
      const root = element.shadowRoot!;
      expect(squash(root.querySelector('h2')?.textContent)).to.equal('Your progress: NPQ in Headship');
      expect(shown(element)).to.contain('Next, apply to us for this course.');
      expect(root.querySelector('a[part="next-step"]')!.getAttribute('href')).to.equal('https://northfield-tsh.example/npqh/apply');
      await expectAccessible(element);
    });

    it('reports an applicant status the DfE does not use', async () => {
      const { element, warnings, errors } = await withReports((onError) =>
        fixture(html`<div @npq-error=${onError}><npq-application-status applicant-status="approved"></npq-application-status></div>`).then(
          (wrapper) => wrapper.firstElementChild!,
        ),
      );
      expect(shown(element)).to.contain('Application dates are not available at the moment');
      expect(warnings).to.have.length(1);
      expect(errors.map((error) => error.code)).to.deep.equal(['invalid-attribute']);
      await expectAccessible(element);
    });
  });

  describe('errors', () => {
    it('shows an unknown programme visibly, warns once and fires one npq-error', async () => {
      const { element, warnings, errors } = await withReports((onError) =>
        fixture(html`<div @npq-error=${onError}>
          <npq-application-status programme="npq-nope" .definition=${definitionWith()}><a href="https://northfield-tsh.example/npqs">Our NPQs</a></npq-application-status>
        </div>`).then((wrapper) => wrapper.querySelector('npq-application-status')!),
      );
      const error = element.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(squash(error.textContent)).to.contain('Application dates are not available at the moment');
      expect(squash(error.textContent)).to.contain('"npq-nope" is not in the programme definition');
      expect(error.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Our NPQs');
      expect(warnings).to.have.length(1);
      expect(errors.map((detail) => detail.code)).to.deep.equal(['unknown-programme']);

      const again = captureWarnings();
      try {
        (element as NpqApplicationStatus).requestUpdate();
        await (element as NpqApplicationStatus).updateComplete;
        expect(again.messages).to.have.length(0);
      } finally {
        again.restore();
      }
      await expectAccessible(element);
    });

    it('shows an unknown cohort the same way', async () => {
      const { element, warnings, errors } = await withReports((onError) =>
        fixture(html`<div @npq-error=${onError}>
          <npq-application-status programme="npq-headship" cohort="2099z" .definition=${definitionWith()}></npq-application-status>
        </div>`).then((wrapper) => wrapper.querySelector('npq-application-status')!),
      );
      expect(shown(element)).to.contain('has no cohort "2099z". Cohorts it has: 2026b.');
      expect(warnings).to.have.length(1);
      expect(errors.map((detail) => detail.code)).to.deep.equal(['unknown-programme']);
      await expectAccessible(element);
    });

    it('recovers when the programme is corrected', async () => {
      const warnings = captureWarnings();
      try {
        const element = await status(definitionWith(), '2026-07-01T12:00:00Z');
        element.programme = 'npq-nope';
        await element.updateComplete;
        expect(shown(element)).to.contain('not available');
        element.programme = 'npq-headship';
        await element.updateComplete;
        expect(shown(element)).to.equal('Applications open – closes 5pm, 28 September 2026');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });
});
