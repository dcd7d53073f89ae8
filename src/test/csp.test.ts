import { expect, waitUntil } from '@open-wc/testing';
import { cspReports, cspReportsDelivered, frameReport, frameSettled, openFrame } from './page-frame.js';

/**
 * docs/security.md: a partner's strict policy (no 'unsafe-inline', no 'unsafe-eval'),
 * and the same with Trusted Types enforced. The pages load the built
 * dist/lede.js in an iframe, with the header set by scripts/test-server.mjs.
 */
interface Report {
  violations: string[];
  errors: string[];
  states: string[];
}

let key = 0;
const next = () => `csp-${Date.now()}-${key++}`;

describe('strict Content-Security-Policy', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('reports a violation when a page breaks the policy (the check below can fail)', async () => {
    const report = next();
    const frame = openFrame(`/src/test/pages/violation.html?csp=strict&report=${report}`);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // Reports are posted asynchronously.
    const directives = async () => (await cspReports(report)).map((entry) => entry['csp-report']['violated-directive']);
    await waitUntil(async () => (await directives()).length > 0, 'a report', { timeout: 10_000 });
    expect(await directives()).to.include('style-src-attr');
  });

  for (const csp of ['strict', 'trusted-types']) {
    it(`renders all three widgets with zero violations under the ${csp} policy`, async () => {
      const reportKey = next();
      const { report } = await frameReport<Report>(`/src/test/pages/widgets.html?csp=${csp}&report=${reportKey}`);
      expect(report.states).to.deep.equal(['ready', 'ready', 'ready']);
      expect(report.violations).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
      expect(await cspReportsDelivered(reportKey)).to.deep.equal([]);
    });

    for (const page of ['index.html', 'quotes.html', 'timeline.html', 'widget.html?tag=lede-timeline&src=data/timeline-russia-azerbaijan.en.json', 'playground.html']) {
      it(`runs demo/${page} under the ${csp} policy with zero violations`, async function () {
        this.timeout(60_000); // two full demo pages, on a machine other test runs share
        const states = async (url: string) => {
          const frame = openFrame(url);
          const result = (await frameSettled(frame, 1)).map((element) => `${element.localName}#${element.id}: ${element.getAttribute('state')}`);
          frame.remove();
          return result;
        };
        const reportKey = next();
        // The quotes demo shows a missing document on purpose: the policy must change no widget's outcome.
        const expected = await states(`/demo/${page}`);
        expect(expected.join()).to.contain(': ready');
        expect(await states(`/demo/${page}${page.includes('?') ? '&' : '?'}csp=${csp}&report=${reportKey}`)).to.deep.equal(expected);
        expect((await cspReportsDelivered(reportKey)).map((entry) => entry['csp-report'])).to.deep.equal([]);
      });
    }
  }
});
