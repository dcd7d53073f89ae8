// The same generated timeline in TimelineJS3's own format, so both widgets
// render the same events: partial dates stay partial (a year-only date has no
// month or day), the category becomes TimelineJS3's group. TimelineJS3 reads
// headline and text as HTML, so they are escaped. It has no approximate dates:
// "1990~" becomes 1990.
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toTimelineJS(document) {
  return {
    title: { text: { headline: escape(document.title) } },
    events: document.events.map((event) => {
      const [year, month, day] = event.date.replace(/[~?]$/, '').split('-');
      const text = { headline: escape(event.title) };
      if (event.text) text.text = escape(event.text);
      return {
        unique_id: event.id,
        start_date: { year, ...(month && { month }), ...(day && { day }) },
        text,
        ...(event.category && { group: document.categories?.[event.category]?.label ?? event.category }),
      };
    }),
  };
}
