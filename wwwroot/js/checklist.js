// The checklist remembers ticks in localStorage, by step id, so a step ticked in one guide is ticked in
// every guide (and checklist page) that has it. Shape: {"schema":1,"steps":{"<id>":{"v":<version>,"at":"<date>"}}}
// Unreadable data is kept aside under BACKUP and the reader told; data from a newer schema is never
// overwritten (the reader is asked to reload); storage that is unavailable is told to the reader.

const KEY = 'linkedin-ai-optout:progress';
const BACKUP = KEY + ':unreadable';
const MAX_BYTES = 64 * 1024;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
let storageWorks = true;
let newer = false;
let notice = '';

function load() {
  let raw = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    storageWorks = false;
  }
  const steps = {};
  let clean = raw === null;
  try {
    const data = raw && raw.length <= MAX_BYTES ? JSON.parse(raw) : null;
    if (data && Number.isInteger(data.schema) && data.schema > 1) {
      newer = true;
      notice = 'Your progress was saved by a newer version of this site. Reload the page to see it: until then, ticks here are not saved.';
      return { schema: 1, steps };
    }
    if (data && data.schema === 1 && data.steps && typeof data.steps === 'object' && !Array.isArray(data.steps)) {
      clean = true;
      for (const [id, tick] of Object.entries(data.steps)) {
        if (ID.test(id) && tick && Number.isInteger(tick.v) && tick.v > 0 && typeof tick.at === 'string') {
          steps[id] = { v: tick.v, at: tick.at.slice(0, 30) };
        } else {
          clean = false;
        }
      }
    }
  } catch {
    clean = false;
  }
  const state = { schema: 1, steps };
  if (!clean) {
    try {
      localStorage.setItem(BACKUP, raw);
    } catch {
      // Nothing more we can do; the reader is still told.
    }
    notice = 'Your saved progress could not be read, so it starts again here. A copy of it was kept in this browser.';
    save(state);
  }
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

function render(form, state) {
  const items = [...form.querySelectorAll('[data-step-id]')];
  const count = { req: 0, reqDone: 0, opt: 0, optDone: 0 };
  for (const item of items) {
    const id = item.dataset.stepId;
    const version = Number(item.dataset.stepVersion);
    const tick = state.steps[id];
    const box = item.querySelector('input');
    box.checked = Boolean(tick && tick.v >= version);
    const changed = item.querySelector('[data-changed]');
    changed.hidden = !(tick && tick.v < version);
    // The notes of the versions since the tick.
    for (const note of changed.querySelectorAll('li')) note.hidden = !(tick && note.dataset.changeVersion > tick.v);
    const kind = 'optional' in item.dataset ? 'opt' : 'req';
    count[kind]++;
    if (box.checked) count[kind + 'Done']++;
    const section = document.getElementById(id);
    if (section && section.classList.contains('step')) {
      section.classList.toggle('is-done', box.checked);
      section.querySelector('[data-done-mark]').hidden = !box.checked;
      const own = section.querySelector('[data-step-done]');
      if (own) own.checked = box.checked;
    }
  }
  const bar = form.querySelector('progress');
  bar.max = count.req;
  bar.value = count.reqDone;
  // The same wording as Checklist.razor: a guide is done when every required step is.
  const text = (count.reqDone === count.req ? 'Required: done' : `Required ${count.reqDone} of ${count.req}`) +
    (count.opt ? ` · Optional ${count.optDone} of ${count.opt}` : '');
  const shown = form.querySelector('[data-progress]');
  if (shown.textContent !== text) shown.textContent = text;
  form.querySelector('[data-saved-note]').hidden = !storageWorks || newer;
  const told = form.querySelector('[data-storage-notice]');
  told.hidden = !notice;
  if (told.textContent !== notice) told.textContent = notice;
  form.querySelector('[data-storage-problem]').hidden = storageWorks;
}

for (const form of document.querySelectorAll('[data-checklist] form')) {
  let state = load();
  render(form, state);

  form.addEventListener('change', (event) => {
    const item = event.target.closest('[data-step-id]');
    if (!item) return;
    if (storageWorks && !newer) state = load();
    if (event.target.checked) {
      state.steps[item.dataset.stepId] = { v: Number(item.dataset.stepVersion), at: new Date().toISOString().slice(0, 10) };
    } else {
      delete state.steps[item.dataset.stepId];
    }
    save(state);
    render(form, state);
  });

  form.addEventListener('reset', (event) => {
    if (!confirm('Clear every tick on this checklist?')) {
      event.preventDefault();
      return;
    }
    if (!newer) state = load();
    for (const item of form.querySelectorAll('[data-step-id]')) delete state.steps[item.dataset.stepId];
    save(state);
    setTimeout(() => render(form, state));
  });

  form.addEventListener('submit', (event) => event.preventDefault());

  // "Mark as done" in a step's own section ticks the same box as the checklist.
  for (const own of document.querySelectorAll('[data-step-done]')) {
    own.addEventListener('change', () => {
      const box = form.querySelector(`[data-step-id="${own.dataset.stepDone}"] input`);
      if (!box) return;
      box.checked = own.checked;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  // Another tab ticked or reset something, or the page came back from the back/forward cache: show it.
  const refresh = () => {
    state = load();
    render(form, state);
  };
  addEventListener('storage', (event) => (event.key === KEY || event.key === null) && refresh());
  addEventListener('progress-changed', refresh);
  addEventListener('pageshow', (event) => event.persisted && storageWorks && refresh());
}
