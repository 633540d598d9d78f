/**
 * The Touchpoint browser tracker, served at /t.js (docs/tracking.md). No dependencies, no cookies.
 *
 *   <script async src="https://touchpoint.example.com/t.js" data-write-key="wk_…"></script>
 *
 * Until the visitor consents (`data-consent="granted"`, or `touchpoint('consent', true)`) nothing is
 * stored in the browser and nothing personal is sent: page views carry a random id that lives as long
 * as the page and `properties.before_consent`, so the server counts them by a daily visitor id. After consent, an anonymous id and the session live in localStorage, unless the site
 * chose `data-cookieless`, which never stores anything: its events keep the page's id and carry
 * `properties.cookieless`, so the server counts them by the daily visitor id as well. `data-dnt` honours Do Not Track.
 */

type Props = Record<string, unknown>;

interface TrackerEvent {
  eventId: string;
  type: string;
  name?: string;
  timestamp: string;
  anonymousId: string;
  userId?: string;
  sessionId: string;
  url: string;
  referrer?: string;
  utm?: Record<string, string>;
  properties?: Props;
}

/** What survives the page after consent: anonymous id, session id, last activity, returning, user id. */
interface Stored {
  a: string;
  s: string;
  t: number;
  r: boolean;
  u?: string | undefined;
}

type Command = (...args: unknown[]) => void;
type Queue = Command & { q?: ArrayLike<unknown>[] };

const STORAGE_KEY = 'touchpoint';
const SESSION_MS = 30 * 60 * 1000;
/** Kept in the page URL: campaign tags, and ad click ids reduced to "present" (they identify a click). */
const KEPT_PARAM =
  /^(utm_(source|medium|campaign|term|content)|gclid|gbraid|wbraid|msclkid|dclid|li_fat_id|ttclid)$/;

(function start(w: Window & { touchpoint?: Queue }, d: Document, nav: Navigator) {
  const script = d.currentScript as HTMLScriptElement | null;
  const data = script ? script.dataset : undefined;
  const queued = (w.touchpoint && w.touchpoint.q) || [];
  const writeKey = data && data.writeKey;
  const dnt =
    nav.doNotTrack === '1' ||
    (nav as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  if (!script || !data || !writeKey || (data.dnt !== undefined && dnt)) {
    w.touchpoint = () => undefined;
    return;
  }
  const endpoint = data.endpoint || new URL('/api/v1/collect', script.src).href;
  const cookieless = data.cookieless !== undefined;
  let consent = data.consent === 'granted';
  let state: Stored = fresh();
  let persistent = false;
  let userId: string | undefined;
  /** Whether this page sent an identify (a user id or form traits): its later events name the person. */
  let identifiedHere = false;
  /** Events with personal data wait here for consent. */
  let held: TrackerEvent[] = [];
  const outbox: TrackerEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUrl = '';
  let referrer = clean(d.referrer);

  function randomId(): string {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    let id = '';
    for (const b of bytes) id += (b + 256).toString(16).slice(1);
    return id;
  }

  function fresh(): Stored {
    return { a: randomId(), s: randomId(), t: Date.now(), r: false };
  }

  /** Without query (it may hold personal data) and fragment; keeps the scheme of app referrers. */
  function clean(address: string): string | undefined {
    try {
      const u = new URL(address);
      return u.protocol + '//' + u.host + u.pathname;
    } catch {
      return undefined;
    }
  }

  function pageUrl(): string {
    const kept = new URLSearchParams();
    new URLSearchParams(location.search).forEach((value, key) => {
      if (KEPT_PARAM.test(key)) kept.set(key, key.startsWith('utm_') ? value : '1');
    });
    const query = kept.toString();
    return location.origin + location.pathname + (query ? '?' + query : '');
  }

  function utm(): Record<string, string> | undefined {
    const params = new URLSearchParams(location.search);
    const found: Record<string, string> = {};
    let any = false;
    for (const part of ['source', 'medium', 'campaign', 'term', 'content']) {
      const value = params.get('utm_' + part);
      if (value) {
        found[part] = value.slice(0, 200);
        any = true;
      }
    }
    return any ? found : undefined;
  }

  function save(): void {
    if (!persistent) return;
    try {
      state.u = userId;
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or blocked: the ids live for this page only.
    }
  }

  /** After consent: continue the stored visitor and session, or keep this page's ids from now on. */
  function adopt(): void {
    if (cookieless || persistent) return;
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null') as Stored | null;
      if (saved && saved.a) {
        const active = Date.now() - saved.t < SESSION_MS;
        state = { a: saved.a, s: active ? saved.s : randomId(), t: Date.now(), r: active ? saved.r : true };
        userId = userId || saved.u;
      }
      persistent = true;
    } catch {
      return;
    }
    save();
  }

  function forget(): void {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // nothing stored
    }
    persistent = false;
    state = fresh();
    userId = undefined;
    identifiedHere = false;
  }

  function send(type: string, name?: string, properties?: Props, personal?: boolean): void {
    const now = Date.now();
    if (persistent && now - state.t > SESSION_MS) {
      state.s = randomId();
      state.r = true;
    }
    state.t = now;
    const event: TrackerEvent = {
      eventId: randomId(),
      type,
      timestamp: new Date(now).toISOString(),
      anonymousId: state.a,
      sessionId: state.s,
      url: pageUrl(),
    };
    if (name) event.name = String(name).slice(0, 200);
    if (referrer) event.referrer = referrer;
    const campaign = utm();
    if (campaign) event.utm = campaign;
    const props: Props = {};
    for (const k in properties) props[k] = properties[k];
    if (persistent) props.returning = state.r;
    const named = Boolean(userId && (consent || personal));
    // The server counts these by a daily visitor id: this page's random id would make each load a visit.
    if (!consent && !personal) props.before_consent = true;
    // Cookieless, the page's id lives as long as the page even after consent: counted by the daily id
    // too, unless the event names the person (their identify and what follows it on this page).
    else if (cookieless && !personal && !named && !identifiedHere) props.cookieless = true;
    if (personal) identifiedHere = true;
    if (Object.keys(props).length) event.properties = props;
    if (named) event.userId = userId;
    save();
    if (personal && !consent) held.push(event);
    else {
      outbox.push(event);
      if (!timer) timer = setTimeout(flush, 0);
    }
  }

  function flush(): void {
    clearTimeout(timer);
    timer = undefined;
    while (outbox.length) {
      const body = JSON.stringify({ writeKey, source: 'tracker', events: outbox.splice(0, 100) });
      // A string body goes as text/plain: no CORS preflight, and the browser delivers it after unload.
      if (!(nav.sendBeacon && nav.sendBeacon(endpoint, body)))
        fetch(endpoint, { method: 'POST', body, keepalive: true, credentials: 'omit' }).catch(
          () => undefined,
        );
    }
  }

  function page(auto?: boolean): void {
    const url = pageUrl();
    if (auto && url === lastUrl) return;
    if (lastUrl) referrer = clean(lastUrl);
    lastUrl = url;
    send('page_view');
  }

  function setConsent(granted: unknown): void {
    if (granted) {
      consent = true;
      adopt();
      for (const e of held) {
        e.anonymousId = state.a;
        e.sessionId = state.s;
        outbox.push(e);
      }
      held = [];
      save();
      flush();
    } else {
      consent = false;
      held = [];
      forget();
    }
  }

  const api: Queue = (command, ...args) => {
    const [first, second] = args;
    if (command === 'page') page();
    else if (command === 'track') send('custom', String(first), second as Props);
    else if (command === 'conversion') send('conversion', String(first), second as Props);
    else if (command === 'identify') {
      if (first) userId = String(first).slice(0, 200);
      send('identify', undefined, second as Props, true);
    } else if (command === 'consent') setConsent(first);
  };

  /** A form marked `data-touchpoint-conversion="point"` converts; its e-mail field identifies the visitor. */
  d.addEventListener(
    'submit',
    (ev) => {
      const form = ev.target as HTMLFormElement;
      const point = form && form.getAttribute && form.getAttribute('data-touchpoint-conversion');
      if (!point) return;
      const traits: Props = {};
      let identified = false;
      const email = form.querySelector<HTMLInputElement>('input[type=email],input[name*=mail i]');
      if (email && email.value.trim()) {
        traits.email = email.value.trim();
        identified = true;
      }
      form.querySelectorAll<HTMLInputElement>('[data-touchpoint-trait]').forEach((field) => {
        if (field.value) {
          traits[field.getAttribute('data-touchpoint-trait') as string] = field.value.slice(0, 500);
          identified = true;
        }
      });
      if (identified) send('identify', undefined, traits, true);
      send('conversion', point, form.id ? { form: form.id } : undefined);
      flush();
    },
    true,
  );
  d.addEventListener('visibilitychange', () => d.visibilityState === 'hidden' && flush());
  w.addEventListener('pagehide', flush);
  // Single-page apps: a pushState or back/forward is a page view.
  const push = history.pushState;
  history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
    push.apply(this, args);
    page(true);
  };
  w.addEventListener('popstate', () => page(true));

  // Consent given before the script loaded counts for the first page view; other calls follow it.
  if (consent) adopt();
  for (const call of queued) if (call[0] === 'consent') setConsent(call[1]);
  page(true);
  for (const call of queued) if (call[0] !== 'consent') api(...Array.from(call));
  w.touchpoint = api;
})(window, document, navigator);
