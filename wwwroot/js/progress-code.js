// The reader's progress as something to carry to another device: a link code ("1." + base64url) and a small
// JSON file, both strictly checked on the way in; plus the merge and a one-line description.
// No storage here, and no DOM beyond the page's words (ui-text.js: messages and dates in the page's language).
// Progress is the schema-2 "steps" object checklist.js keeps:
// {"<step-id>": {"v": 1, "at": "YYYY-MM-DD", "state": "sent", "sent": "YYYY-MM-DD"}} (state and sent together, or neither).
import { t, date } from './ui-text.js';

export const SCHEMA = 2;
export const FILE_FORMAT = 'linkedin-ai-optout-progress';
export const MAX_STEPS = 50;
export const MAX_CODE = 8192; // 50 entries with the longest ids and dates fit
export const MAX_FILE = 16 * 1024;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID = 80;
const MAX_VERSION = 9999;
// A request's state, and its one-letter form in a code.
const STATES = { sent: 's', answered: 'a', refused: 'r', 'no-answer': 'n' };
const LETTERS = Object.fromEntries(Object.entries(STATES).map(([state, letter]) => [letter, state]));
// Inside the base64url: a tag, the entries, and an end mark, so that a cut-off code is never read as less progress.
const TAG = 'lio';
const END = '.';
const PREFIX = '1.';

/** A problem with what the reader brought; its message is written for the reader. */
export class ProgressError extends Error {}

const fail = (message) => { throw new ProgressError(message); };
const NOT_OURS = t('This is not progress from this site, so nothing was changed.');
const DAMAGED = t('This progress is incomplete or damaged, so nothing was changed. Try copying the whole link again.');
const NOT_A_FILE = t('This file is not progress saved from this site, so nothing was changed.');

function isDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.toISOString().slice(0, 10) === text && +match[1] >= 2000 && +match[1] <= 2199;
}

/** One checked entry (a fresh object with only known fields), or a ProgressError. */
function checkEntry(id, entry, problem) {
  if (typeof id !== 'string' || id.length > MAX_ID || !ID.test(id)) fail(problem);
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) fail(problem);
  const { v, at, state, sent } = entry;
  if (!Number.isInteger(v) || v < 1 || v > MAX_VERSION || !isDate(at)) fail(problem);
  const clean = { v, at };
  if (state !== undefined || sent !== undefined) {
    if (!Object.hasOwn(STATES, state) || !isDate(sent)) fail(problem);
    clean.state = state;
    clean.sent = sent;
  }
  return clean;
}

/** Checked steps: every entry valid, at most MAX_STEPS of them. */
export function checkSteps(steps, problem = DAMAGED) {
  if (!steps || typeof steps !== 'object' || Array.isArray(steps)) fail(problem);
  const entries = Object.entries(steps);
  if (entries.length > MAX_STEPS) fail(t('This holds more steps than any guide here has, so nothing was changed.'));
  return Object.fromEntries(entries.map(([id, entry]) => [id, checkEntry(id, entry, problem)]));
}

const compactDate = (date) => date.replaceAll('-', '');
const fullDate = (text) => (/^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : '');

/** The link code for these steps: "1." then base64url of "lio" + "id:v:at[:s:sent]" joined by "," + ".". */
export function encode(steps) {
  const entries = Object.entries(checkSteps(steps)).map(([id, e]) =>
    [id, e.v, compactDate(e.at), ...(e.state ? [STATES[e.state], compactDate(e.sent)] : [])].join(':'));
  const text = TAG + entries.join(',') + END;
  return PREFIX + btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The steps a link code holds, or a ProgressError that says what is wrong. */
export function decode(code) {
  if (typeof code !== 'string' || code.length === 0) fail(NOT_OURS);
  if (code.length > MAX_CODE) fail(t('This link is longer than any progress from this site, so nothing was changed.'));
  const version = /^(\d+)\./.exec(code);
  if (version && +version[1] > 1) fail(t('This progress comes from a newer version of this site. Reload the page and open the link again.'));
  if (!code.startsWith(PREFIX)) fail(NOT_OURS);
  const body = code.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1) fail(DAMAGED);
  let text;
  try {
    text = atob(body.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    fail(DAMAGED);
  }
  if (!text.startsWith(TAG)) fail(NOT_OURS);
  if (!text.endsWith(END)) fail(DAMAGED);
  const list = text.slice(TAG.length, -END.length);
  const steps = {};
  for (const part of list ? list.split(',') : []) {
    const [id, v, at, letter, sent, ...rest] = part.split(':');
    if (rest.length || !ID.test(id) || Object.hasOwn(steps, id) || !/^\d{1,4}$/.test(v ?? '')) fail(DAMAGED);
    const entry = { v: +v, at: fullDate(at ?? '') };
    if (letter !== undefined) Object.assign(entry, { state: LETTERS[letter], sent: fullDate(sent ?? '') });
    steps[id] = entry;
    if (Object.keys(steps).length > MAX_STEPS) break;
  }
  return checkSteps(steps);
}

/** The text of a saved-progress file. */
export function fileText(steps, today) {
  return JSON.stringify({ format: FILE_FORMAT, schema: SCHEMA, saved: today, steps: checkSteps(steps) }, null, 1) + '\n';
}

/** The steps a saved-progress file holds, or a ProgressError. */
export function parseFile(text) {
  if (typeof text !== 'string' || text.length > MAX_FILE) fail(t('This file is too big to be progress from this site, so nothing was changed.'));
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    fail(NOT_A_FILE);
  }
  if (!data || data.format !== FILE_FORMAT) fail(NOT_A_FILE);
  if (!Number.isInteger(data.schema) || data.schema > SCHEMA) fail(t('This file comes from a newer version of this site. Reload the page and load it again.'));
  if (data.schema < 1) fail(DAMAGED);
  return checkSteps(data.steps);
}

/** Per step, the newer entry (by "at"); on a tie the one already here stays. Returns the merged steps and how many changed. */
export function merge(current, incoming) {
  const merged = { ...current };
  let changed = 0;
  for (const [id, entry] of Object.entries(incoming)) {
    if (!merged[id] || entry.at > merged[id].at) {
      merged[id] = entry;
      changed++;
    }
  }
  return { steps: merged, changed };
}

/** One request, where it stands: "1 request sent on 2 Dec 2026, refused" (the date in the page's language). */
function request(state, sent) {
  switch (state) {
    case 'answered': return t('1 request sent on {0}, answered', sent);
    case 'refused': return t('1 request sent on {0}, refused', sent);
    case 'no-answer': return t('1 request sent on {0}, without an answer', sent);
    default: return t('1 request sent on {0}', sent);
  }
}

/** "3 steps done, 1 request sent on 2 Dec 2026" */
export function describe(steps) {
  const entries = Object.values(steps);
  const done = entries.filter((e) => !e.state).length;
  const parts = [done === 1 ? t('1 step done') : t('{0} steps done', done)];
  for (const e of entries.filter((e) => e.state).sort((a, b) => (a.sent < b.sent ? -1 : 1))) {
    parts.push(request(e.state, date(e.sent)));
  }
  return parts.join(', ');
}
