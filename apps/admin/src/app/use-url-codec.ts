import { useEffect, useRef } from 'react';
import { onDetailPath } from './detail-route.js';
import { navigate, useLocation, withScope } from './router.js';

/**
 * What a codec answers when asked how far the bloc is from what the URL asks for: the one event that moves it
 * on, `'waiting'` while it is on its way (a debounced search, a scope not known yet), or `'shown'`.
 */
export type UrlStep<Event> = { readonly event: Event } | 'waiting' | 'shown';

/**
 * The URL of one list, as a view of its bloc's state: parse the URL into what it asks for, say which event brings
 * the bloc there, and read back what the bloc shows as a canonical URL. One codec per list; `useUrlCodec` applies
 * any of them the same way.
 *
 * @example
 * const activityCodec: UrlCodec<ActivityLogState, ActivityUrl, ActivityLogEvent> = { parse, href, shown, step };
 */
export interface UrlCodec<State, View, Event> {
  /** What a URL asks for; unknown or malformed values fall back to their defaults. */
  parse(search: URLSearchParams): View;
  /**
   * The canonical URL of a view (defaults left out). `current` is the URL shown now, for a codec that owns only a
   * part of it (the org scope); the org scope is carried over into every other codec's URL by the router.
   */
  href(view: View, current: URL): string;
  /** What the bloc shows, or `null` while it has not settled (loading, nothing restored yet): the URL waits. */
  shown(state: State): View | null;
  /**
   * The next event towards `asked`. `first` is true for the URL the screen opened with (a plain link may take
   * what the server remembered instead of the defaults).
   */
  step(asked: View, state: State, first: boolean): UrlStep<Event>;
}

interface Asked<View> {
  readonly view: View;
  readonly first: boolean;
  /** The last event sent for this URL and the state it was sent from. */
  sent: { readonly key: string; readonly from: unknown } | null;
}

/**
 * Keeps a bloc and the URL in step, both ways, for any list:
 *
 * - A URL that changes from outside (a link, back and forward, a control that navigates) is what the coordinator
 *   asked for: its events go to the bloc one at a time until the bloc shows it.
 * - Once the bloc has settled on an answer, its state is the truth and is written back (replacing the history
 *   entry): a page past the end that the bloc corrected, a page emptied by deletes, a new scope back on page 1.
 *
 * An event is sent once per URL. If the bloc settles somewhere else after it (it corrected the ask), its answer
 * wins instead of the same event being sent again: asking again for a page the bloc just corrected was an endless
 * loop that used up the client's request budget and left every screen waiting.
 *
 * @example
 * const view = useUrlCodec(bloc, state, usersCodec);
 */
export function useUrlCodec<State, View, Event>(
  bloc: { add(event: Event): Promise<void> },
  state: State,
  codec: UrlCodec<State, View, Event>,
): View {
  const { search, href } = useLocation();
  const seenAsk = useRef<string | null>(null);
  const writtenHref = useRef<string | null>(null);
  const asked = useRef<Asked<View> | null>(null);
  const view = codec.parse(search);
  // What this codec reads of the URL: a change elsewhere in it (another codec's part, such as the org scope) is
  // not an ask of this list.
  const ask = JSON.stringify(view);

  useEffect(() => {
    if (ask !== seenAsk.current) {
      const first = seenAsk.current === null;
      seenAsk.current = ask;
      // Our own write of the bloc's state is not a new ask.
      if (href !== writtenHref.current) asked.current = { view: JSON.parse(ask) as View, first, sent: null };
      writtenHref.current = null;
    }
    const current = asked.current;
    if (current !== null) {
      const step = codec.step(current.view, state, current.first);
      if (step === 'waiting') return;
      if (step !== 'shown') {
        const key = JSON.stringify(step.event);
        if (current.sent?.key !== key) {
          current.sent = { key, from: state };
          void bloc.add(step.event);
          return;
        }
        // Sent already: wait until the bloc has answered it, then take its answer.
        if (current.sent.from === state || codec.shown(state) === null) return;
      }
      asked.current = null;
    }
    const shown = codec.shown(state);
    if (shown === null) return;
    const shownUrl = new URL(href, 'http://app.local');
    // A record's detail (`/users/:id`) keeps its path: the codec writes only its list's query.
    const canonical = withScope(onDetailPath(codec.href(shown, shownUrl), shownUrl.pathname), location.search);
    if (canonical !== href) {
      writtenHref.current = canonical;
      navigate(canonical, { replace: true });
    }
  }, [bloc, codec, href, ask, state]);

  return view;
}
