// A React 19 page as a partner writes it: the elements in JSX, typed by lede-widgets/jsx.
import 'lede-widgets';
import type {} from 'lede-widgets/jsx';
import type { LedeState } from 'lede-widgets';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { quote, timeline } from './documents';

// The events bubble, so a listener on document is typed too.
document.addEventListener('lede-error', (event) => console.error(event.detail.code, event.detail.message));

function App() {
  const [loaded, setLoaded] = useState<LedeState>('loading');
  return (
    <main data-quote-state={loaded}>
      <lede-quote data={quote} variant="pull" shareable onlede-load={(event) => setLoaded(event.detail.issues.length ? 'error' : 'ready')} />
      <lede-timeline data={timeline} order="desc" collapsed-after={5} onlede-select={(event) => console.log(event.detail.id, event.detail.index)} />
    </main>
  );
}

/** Never rendered: each line below must stay a type error. */
export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: "huge" is not a QuoteVariant */}
      <lede-quote variant="huge" />
      {/* @ts-expect-error: lede-load's detail has data and issues, no "count" */}
      <lede-quote onlede-load={(event) => console.log(event.detail.count)} />
      {/* @ts-expect-error: a timeline's data is a TimelineDocument, not a quote */}
      <lede-timeline data={quote} />
    </>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
