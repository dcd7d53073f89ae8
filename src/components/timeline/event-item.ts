import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineModel } from '../../data/timeline-schema.js';
import { formatPartialDate } from '../../dates/format-date.js';
import { listSeparator, type ResolvedLocale } from '../../i18n/locale.js';

/**
 * One event of the timeline, as one flat template: optional text is hidden
 * rather than left out, because every nested template costs a clone and a
 * tree walk, and a long timeline renders thousands of these.
 *
 * @param categoryKeys The timeline's category keys, in order: an event's colour class is `c<its category's position>`.
 * @param index Its position in the data's events (`data-index`, the `index` of `lede-select`).
 * @param position Its position among the shown events; the first is the events' tab stop.
 * @param year The year to show above it: on the first event of each year, when the events span several.
 * @param current Whether it is highlighted or deep-linked.
 * @param fresh Whether a refresh brought it and the reader has not seen it yet.
 * @param anchor Its id in the page, the URL fragment that reaches it.
 * @param setSize How many events are shown, when the list holds only those rendered.
 * @param shareControl Its copy-link control.
 */
export function eventItem(
  timeline: TimelineModel,
  categoryKeys: readonly string[],
  index: number,
  position: number,
  year: string | undefined,
  current: boolean,
  fresh: boolean,
  anchor: string | undefined,
  setSize: number | undefined,
  failedImages: ReadonlySet<string>,
  { locale, language, strings }: ResolvedLocale,
  shareControl: unknown,
): TemplateResult {
  const event = timeline.events[index];
  const category = event.category === undefined ? undefined : timeline.categories?.[event.category];
  const categoryNumber = event.category === undefined ? -1 : categoryKeys.indexOf(event.category);
  const { image, sources } = event;
  return html`<li
    part=${current ? 'event event-current' : 'event'}
    id=${anchor ?? nothing}
    data-index=${index}
    tabindex=${position ? -1 : 0}
    aria-posinset=${setSize ? position + 1 : nothing}
    aria-setsize=${setSize ?? nothing}
    aria-current=${current ? 'true' : nothing}
    class=${[categoryNumber < 0 ? undefined : `c${categoryNumber}`, fresh && 'new'].filter(Boolean).join(' ') || nothing}
  >
    <p part="year" ?hidden=${!year}>${year ?? nothing}</p>
    <span part="event-new" ?hidden=${!fresh}>${fresh ? strings.newMark : nothing}</span>
    <div part="event-date">
      <time datetime=${event.date.iso}>${event.dateLabel ?? formatPartialDate(event.date, locale, strings)}</time>${event.end
        ? html` – <time datetime=${event.end.iso}>${formatPartialDate(event.end, locale, strings)}</time>`
        : nothing}
      <span part="category" dir="auto" ?hidden=${!category}>${category?.label}</span>
    </div>
    <p part="event-title" dir="auto">${event.title}</p>
    <p part="location" dir="auto" ?hidden=${!event.location}>${event.location}</p>
    <p part="event-text" dir="auto" ?hidden=${!event.text}>${event.text}</p>
    ${image && !(failedImages.has(image.src) && !image.caption && !image.credit)
      ? html`<figure part="event-image">
          ${failedImages.has(image.src)
            ? nothing
            : html`<img src=${image.src} alt=${image.alt} width=${image.width ?? nothing} height=${image.height ?? nothing} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`}
          <figcaption dir="auto">${[image.caption, image.credit].filter(Boolean).join(' · ')}</figcaption>
        </figure>`
      : nothing}${sources?.length
      ? html`<p part="sources">
          ${strings.sourcesLabel}:
          ${sources.map(
            (source, at) => html`${at ? listSeparator(language) : ''}<bdi>${source.url ? html`<a href=${source.url} rel="noopener">${source.name}</a>` : source.name}</bdi>`,
          )}
        </p>`
      : nothing}${shareControl}
  </li>`;
}
