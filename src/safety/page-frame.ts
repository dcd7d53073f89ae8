/** Opens a page served by the test runner in an iframe: pages under their own CSP, away from the runner's scripts. */
export function openFrame(url: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '1200px';
  frame.src = url;
  document.body.append(frame);
  return frame;
}

/** The report a page under src/safety/pages/ posts once its three widgets have settled. */
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
  const deadline = Date.now() + patience;
  for (;;) {
    if (Date.now() > deadline) return [...(frame.contentDocument?.querySelectorAll('lede-article, lede-quote, lede-timeline') ?? [])];
    const elements = [...(frame.contentDocument?.querySelectorAll('lede-article, lede-quote, lede-timeline') ?? [])];
    if (frame.contentDocument?.readyState === 'complete' && elements.length >= minimum && elements.every((element) => ['ready', 'error'].includes(element.getAttribute('state') ?? ''))) return elements;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function cspReports(key: string): Promise<Array<{ 'csp-report': Record<string, string> }>> {
  return (await fetch(`/fault/csp-report?key=${key}`)).json();
}
