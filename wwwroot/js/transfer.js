// "Continue on another device": the reader's progress as a link (copy, share, QR code) and as a file; and progress
// that arrives (a #progress= link, a loaded file) described and added only when the reader says so.
// Loaded by transfer-start.js when needed. Reads and writes checklist.js's storage as schema 2; a stored schema
// above 2 is never overwritten and stored data it cannot read is never replaced.
import { t } from './ui-text.js';

const KEY = 'linkedin-ai-optout:progress';
const FILE_NAME = 'linkedin-ai-optout-progress.json';
const HASH = '#progress=';
const SVG = 'http://www.w3.org/2000/svg';
let code; // progress-code.js
let root;
let pending = null;
const part = (name) => root.querySelector(`[data-transfer-${name}]`);
const today = () => new Date().toISOString().slice(0, 10);

/** Says something to the reader (a result or a problem); an empty text hides it. */
function tell(text) {
  const told = part('told');
  told.textContent = text;
  told.hidden = !text;
}

function problem(error) {
  if (!(error instanceof code.ProgressError)) throw error;
  tell(error.message);
}

/** The steps stored in this browser (schema 1 or 2), or a ProgressError when they cannot be used. */
function stored() {
  let raw;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    throw new code.ProgressError(t('This browser won’t let us read or save progress (private mode or full storage), so nothing was changed.'));
  }
  if (raw === null) return {};
  let data = null;
  try {
    data = JSON.parse(raw);
  } catch {
    // Told below.
  }
  if (data && Number.isInteger(data.schema) && data.schema > code.SCHEMA) {
    throw new code.ProgressError(t('Your progress here was saved by a newer version of this site. Reload the page, then try again.'));
  }
  const unreadable = t('Your progress saved here could not be read, so nothing was changed.');
  if (!data || (data.schema !== 1 && data.schema !== 2)) throw new code.ProgressError(unreadable);
  return code.checkSteps(data.steps, unreadable);
}

/** Drops the #progress= fragment from the address, so a reload or a bookmark does not offer it again. */
function forgetFragment() {
  if (location.hash.startsWith(HASH)) history.replaceState(history.state, '', location.pathname + location.search);
}

/** The QR code of a text as an SVG: one path of dark squares on a light square, with the standard 4-module margin. */
async function drawQr(text) {
  const { qrcode } = await import(root.dataset.qr);
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const size = count + 8;
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) if (qr.isDark(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
  }
  const svg = document.createElementNS(SVG, 'svg');
  const pixels = size * Math.max(3, Math.floor(300 / size));
  for (const [name, value] of Object.entries({ viewBox: `0 0 ${size} ${size}`, width: pixels, height: pixels, role: 'img', 'shape-rendering': 'crispEdges', 'aria-label': t('QR code of your link') })) {
    svg.setAttribute(name, value);
  }
  const light = document.createElementNS(SVG, 'rect');
  for (const [name, value] of Object.entries({ width: size, height: size, fill: '#fff' })) light.setAttribute(name, value);
  const dark = document.createElementNS(SVG, 'path');
  dark.setAttribute('d', d);
  dark.setAttribute('fill', '#000');
  svg.append(light, dark);
  part('qr').replaceChildren(svg);
}

/** Shows progress that arrived and asks before adding it. */
function offer(steps) {
  if (Object.keys(steps).length === 0) {
    pending = null;
    tell(t('This holds no ticked steps, so there is nothing to add.'));
    return;
  }
  pending = steps;
  tell('');
  part('summary').textContent = t('It holds: {0}.', code.describe(steps));
  const panel = part('in');
  panel.hidden = false;
  panel.focus();
}

function add() {
  if (!pending) return;
  try {
    const { steps, changed } = code.merge(stored(), pending);
    localStorage.setItem(KEY, JSON.stringify({ schema: code.SCHEMA, steps }));
    dispatchEvent(new Event('progress-changed'));
    tell(changed === 1 ? t('Added. 1 step was brought up to date.')
      : changed ? t('Added. {0} steps were brought up to date.', changed)
      : t('Nothing new: your progress here was already as recent.'));
  } catch (error) {
    if (error instanceof DOMException) error = new code.ProgressError(t('This browser won’t let us save progress (private mode or full storage), so nothing was changed.'));
    problem(error);
  }
  close();
}

function close() {
  pending = null;
  part('in').hidden = true;
  forgetFragment();
}

function save() {
  try {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([code.fileText(stored(), today())], { type: 'application/json' }));
    link.download = FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    tell(t('Saved. Open this page on your other device and load the file there.'));
  } catch (error) {
    problem(error);
  }
}

async function load(input) {
  const file = input.files[0];
  input.value = '';
  if (!file) return;
  try {
    // Reads one character past the limit at most: parseFile tells the reader the file is too big.
    offer(code.parseFile(await file.slice(0, code.MAX_FILE + 1).text()));
  } catch (error) {
    problem(error);
  }
}

async function copy() {
  const field = part('link');
  try {
    await navigator.clipboard.writeText(field.value);
    tell(t('Link copied.'));
  } catch {
    field.focus();
    field.select();
    tell(t('Could not copy. The link is selected: copy it yourself.'));
  }
}

async function setUp(from) {
  root = from;
  code ??= await import(root.dataset.code);
  if ('ready' in root.dataset) return;
  root.dataset.ready = '';
  part('copy').addEventListener('click', copy);
  if (navigator.share) {
    part('share').hidden = false;
    part('share').addEventListener('click', () => navigator.share({ title: document.title, url: part('link').value }).catch(() => {}));
  }
  part('save').addEventListener('click', save);
  part('file').addEventListener('change', (event) => load(event.target));
  part('add').addEventListener('click', add);
  part('skip').addEventListener('click', () => {
    close();
    tell(t('Nothing was changed.'));
  });
}

/** "Continue on another device": the link, its QR code, and the file buttons. */
export async function share(from) {
  await setUp(from);
  tell('');
  let steps;
  try {
    steps = stored();
  } catch (error) {
    problem(error);
    return;
  }
  const link = new URL(root.dataset.guide, location.href);
  link.hash = HASH.slice(1) + code.encode(steps);
  part('link').value = link.href;
  try {
    await drawQr(link.href);
  } catch {
    part('qr').replaceChildren();
    tell(t('This is too much progress for a QR code: copy the link or save a file instead.'));
  }
  if (Object.keys(steps).length === 0) tell(t('Nothing is ticked yet, so the link carries no progress. You can still load progress from a file.'));
  const panel = part('out');
  panel.hidden = false;
  panel.focus();
}

/** The page was opened with #progress=…: describe what it holds and ask. */
export async function receive(from) {
  await setUp(from);
  try {
    offer(code.decode(location.hash.slice(HASH.length)));
  } catch (error) {
    problem(error);
    forgetFragment();
  }
}
