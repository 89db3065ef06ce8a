// The checklist remembers progress in localStorage, by step id, so a step ticked in one guide is ticked in every
// guide (and checklist page) that has it. Shape (schema 2):
//   {"schema":2,"steps":{"<id>":{"v":<version>,"at":"<YYYY-MM-DD>","state":"sent|answered|refused|no-answer","sent":"<YYYY-MM-DD>"}}}
// A present entry is done: ticked on "at" (once), last re-checked on "at" (recurring), or sent on "sent" (request).
// Schema-1 data ({v, at} only) is migrated as it is read. Unreadable data is kept aside under BACKUP and the reader
// told; data from a newer schema is never overwritten (the reader is asked to reload); storage that is unavailable
// is told to the reader.

import { t, date } from './ui-text.js';

const KEY = 'linkedin-ai-optout:progress';
const BACKUP = KEY + ':unreadable';
const SCHEMA = 2;
const MAX_BYTES = 64 * 1024;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
const STATES = ['sent', 'answered', 'refused', 'no-answer'];
let storageWorks = true;
let newer = false;
let notice = '';

// Today in the reader's own time zone, as YYYY-MM-DD.
const today = () => {
  const now = new Date();
  return new Date(now - now.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
};
const human = (day) => DATE.test(day) ? date(day) : day;
const daysSince = (day) => Math.floor((Date.parse(today()) - Date.parse(day)) / 864e5) || 0;

// One saved entry, checked and cleaned; null when it cannot be read.
function entry(tick) {
  if (!tick || !Number.isInteger(tick.v) || tick.v < 1 || typeof tick.at !== 'string') return null;
  const kept = { v: tick.v, at: tick.at.slice(0, 10) };
  if (STATES.includes(tick.state)) kept.state = tick.state;
  if (DATE.test(tick.sent)) kept.sent = tick.sent;
  return kept;
}

function load() {
  let raw = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    storageWorks = false;
  }
  const steps = {};
  let clean = raw === null;
  let migrate = false;
  try {
    const data = raw && raw.length <= MAX_BYTES ? JSON.parse(raw) : null;
    if (data && Number.isInteger(data.schema) && data.schema > SCHEMA) {
      newer = true;
      notice = t('Your progress was saved by a newer version of this site. Reload the page to see it: until then, nothing you tick here is saved.');
      return { schema: SCHEMA, steps };
    }
    if (data && (data.schema === 1 || data.schema === SCHEMA) && data.steps && typeof data.steps === 'object' && !Array.isArray(data.steps)) {
      clean = true;
      migrate = data.schema === 1;
      for (const [id, tick] of Object.entries(data.steps)) {
        const kept = ID.test(id) && entry(tick);
        if (kept) steps[id] = kept;
        else clean = false;
      }
    }
  } catch {
    clean = false;
  }
  const state = { schema: SCHEMA, steps };
  if (!clean) {
    try {
      localStorage.setItem(BACKUP, raw);
    } catch {
      // Nothing more we can do; the reader is still told.
    }
    notice = t('Your saved progress could not be read, so it starts again here. A copy of it was kept in this browser.');
  }
  if (!clean || migrate) save(state);
  return state;
}

function save(state) {
  if (newer) return;
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
    storageWorks = true;
  } catch {
    storageWorks = false;
  }
}

// A step's own controls: the tick, "Last re-checked on", where a request stands and what to do after 30 days.
function renderStep(section, tick) {
  section.classList.toggle('is-done', Boolean(tick));
  section.querySelector('[data-done-mark]').hidden = !tick;
  const own = section.querySelector('[data-step-done]');
  if (own) own.checked = Boolean(tick);
  const rechecked = section.querySelector('[data-rechecked]');
  if (rechecked) {
    rechecked.hidden = !tick;
    if (tick) rechecked.querySelector('[data-rechecked-text]').textContent = t('Last re-checked on {0}.', human(tick.at));
  }
  const group = section.querySelector('[data-request-state]');
  if (!group) return;
  const state = tick ? tick.state || 'sent' : '';
  for (const radio of group.querySelectorAll('input')) radio.checked = radio.value === state;
  const sent = tick && (tick.sent || tick.at);
  const days = sent ? daysSince(sent) : 0;
  const due = state === 'refused' || ((state === 'sent' || state === 'no-answer') && days >= 30);
  const since = group.querySelector('[data-request-since]');
  since.hidden = !sent;
  const on = sent && human(sent);
  const text = sent ? (days < 1 ? t('Sent on {0}, today.', on) : days === 1 ? t('Sent on {0}, 1 day ago.', on) : t('Sent on {0}, {1} days ago.', on, days)) +
    (due ? ' ' + t('See below what you can do next.') : '') : '';
  if (since.textContent !== text) since.textContent = text;
  const next = section.querySelector('[data-authority]');
  next.classList.toggle('is-due', due);
  // Offer the next step once; the reader may close it again.
  if (due && !next.dataset.offered) next.open = true;
  next.dataset.offered = due ? '1' : '';
}

function render(form, state) {
  const count = { req: 0, reqDone: 0, opt: 0, optDone: 0 };
  for (const item of form.querySelectorAll('[data-step-id]')) {
    const id = item.dataset.stepId;
    const tick = state.steps[id];
    const current = Boolean(tick && tick.v >= Number(item.dataset.stepVersion));
    item.querySelector('input').checked = current;
    const changed = item.querySelector('[data-changed]');
    changed.hidden = !tick || current;
    // The notes of the versions since the tick.
    for (const note of changed.querySelectorAll('li')) note.hidden = !(tick && note.dataset.changeVersion > tick.v);
    const kind = 'optional' in item.dataset ? 'opt' : 'req';
    count[kind]++;
    if (current) count[kind + 'Done']++;
    const section = document.getElementById(id);
    if (section && section.classList.contains('step')) renderStep(section, current ? tick : null);
  }
  const bar = form.querySelector('progress');
  bar.max = count.req;
  bar.value = count.reqDone;
  // The same wording as Checklist.razor: a guide is done when every required step is.
  const text = (count.reqDone === count.req ? t('Required: done') : t('Required {0} of {1}', count.reqDone, count.req)) +
    (count.opt ? ' · ' + t('Optional {0} of {1}', count.optDone, count.opt) : '');
  for (const shown of form.querySelectorAll('[data-progress], [data-progress-copy]')) {
    if (shown.textContent !== text) shown.textContent = text;
  }
  form.querySelector('[data-saved-note]').hidden = !storageWorks || newer;
  const told = form.querySelector('[data-storage-notice]');
  told.hidden = !notice;
  if (told.textContent !== notice) told.textContent = notice;
  form.querySelector('[data-storage-problem]').hidden = storageWorks;
}

const form = document.querySelector('[data-checklist] form');
if (form) {
  let state = load();
  const phoneBar = form.querySelector('[data-phone-bar]');
  render(form, state);

  // Every change, from the checklist or from a step's own controls, is read, applied and saved the same way.
  const update = (id, change) => {
    const item = form.querySelector(`[data-step-id="${id}"]`);
    if (!item) return;
    if (storageWorks && !newer) state = load();
    const was = state.steps[id];
    const now = change(was, { v: Number(item.dataset.stepVersion), at: today() });
    if (now) state.steps[id] = now;
    else delete state.steps[id];
    save(state);
    render(form, state);
  };
  const requested = (was, fresh, value) => value ? { ...fresh, state: value, sent: (was && (was.sent || was.at)) || fresh.at } : null;

  document.addEventListener('change', (event) => {
    const input = event.target;
    const item = input.closest('[data-step-id]');
    const task = input.closest('[data-step-task]');
    if (task && input.type === 'radio') {
      update(task.dataset.stepTask, (was, fresh) => requested(was, fresh, input.value));
    } else if (task && 'stepDone' in input.dataset) {
      update(task.dataset.stepTask, (was, fresh) => input.checked ? fresh : null);
    } else if (item && form.contains(item)) {
      const request = item.dataset.kind === 'request';
      update(item.dataset.stepId, (was, fresh) => input.checked ? (request ? requested(was, fresh, 'sent') : fresh) : null);
    }
  });

  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-recheck]');
    if (button) update(button.closest('[data-step-task]').dataset.stepTask, (was, fresh) => fresh);
  });

  form.addEventListener('reset', (event) => {
    event.preventDefault();
    if (!confirm(t('Clear every tick on this checklist?'))) return;
    if (!newer) state = load();
    for (const item of form.querySelectorAll('[data-step-id]')) delete state.steps[item.dataset.stepId];
    save(state);
    render(form, state);
  });

  form.addEventListener('submit', (event) => event.preventDefault());

  // On a phone, the progress bar at the foot of the screen shows while the checklist itself is out of view.
  if (phoneBar && window.IntersectionObserver) {
    new IntersectionObserver(([seen]) => { phoneBar.hidden = seen.isIntersecting; }).observe(form);
  }

  // Another tab ticked or reset something, progress was imported, or the page came back from the back/forward cache.
  const refresh = () => {
    state = load();
    render(form, state);
  };
  addEventListener('storage', (event) => (event.key === KEY || event.key === null) && refresh());
  addEventListener('progress-changed', refresh);
  addEventListener('pageshow', (event) => event.persisted && storageWorks && refresh());
}
