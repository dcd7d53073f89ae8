import { waitUntil } from '@open-wc/testing';

/** Opens a page served by the test runner in an iframe: pages under their own CSP, away from the runner's scripts. */
export function openFrame(url: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '1200px';
  frame.src = url;
  document.body.append(frame);
  return frame;
}

/** The report a page under src/test/pages/ posts once its three widgets have settled. */
export function frameReport<T>(url: string): Promise<{ frame: HTMLIFrameElement; report: T }> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', onMessage);
      resolve({ frame, report: event.data });
    };
    addEventListener('message', onMessage);
    const frame = openFrame(url);
  });
}

/** Resolves once every Lede element in the frame has left state="loading", or after `patience` ms with them as they are. */
export async function frameSettled(frame: HTMLIFrameElement, minimum: number, patience = 20_000): Promise<Element[]> {
  const elements = () => [...(frame.contentDocument?.querySelectorAll('lede-article, lede-quote, lede-timeline') ?? [])];
  const settled = () =>
    frame.contentDocument?.readyState === 'complete' && elements().length >= minimum && elements().every((element) => ['ready', 'error'].includes(element.getAttribute('state') ?? ''));
  await waitUntil(settled, 'the widgets in the frame settle', { timeout: patience }).catch(() => undefined);
  return elements();
}

type CspReport = { 'csp-report': Record<string, string> };

export async function cspReports(key: string): Promise<CspReport[]> {
  return (await fetch(`/fault/csp-report?key=${key}`)).json();
}

const VIOLATION_PAGE = '/src/test/pages/violation.html';
const fromViolationPage = (entry: CspReport) => (entry['csp-report']['document-uri'] ?? '').includes(VIOLATION_PAGE);

/**
 * The reports under `key` of pages opened before: the browser posts them on its own time, so a page
 * that breaks the policy on purpose reports under the same key after them, and once its report is
 * in, theirs are too. Its own report is left out.
 */
export async function cspReportsDelivered(key: string): Promise<CspReport[]> {
  const frame = openFrame(`${VIOLATION_PAGE}?csp=strict&report=${key}`);
  await waitUntil(async () => (await cspReports(key)).some(fromViolationPage), 'the report of a page that breaks the policy', { timeout: 10_000 });
  frame.remove();
  return (await cspReports(key)).filter((entry) => !fromViolationPage(entry));
}
