// Deep links: focus the step a link points at, "Copy link" buttons, print button, report-link date.
// Progressive enhancement only: the page reads fully without it.
import { t } from './ui-text.js';

const status = document.createElement('p');
status.className = 'visually-hidden';
status.setAttribute('role', 'status');
document.body.append(status);

const today = () => new Date().toISOString().slice(0, 10);

// Arriving on /guides/x#step or /guides/x/steps/step: move focus to the step so screen readers announce it.
function focusStep() {
  let id;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // a malformed fragment such as #% names no step
  }
  const step = id ? document.getElementById(id) : document.querySelector('.step.is-focus');
  // A permalink's step is already at the top: focus without moving anything.
  if (step && step.classList.contains('step')) step.focus({ preventScroll: true });
}

// "Copy link" copies a URL; "Copy text" copies a text field. Where the clipboard is refused (an in-app browser),
// the URL or text is shown selected, for the reader to copy.
for (const button of document.querySelectorAll('[data-copy], [data-copy-text]')) {
  button.hidden = false;
  const label = button.firstChild.textContent;
  button.addEventListener('click', async () => {
    const source = button.dataset.copyText && document.getElementById(button.dataset.copyText);
    const value = source ? source.value : new URL(button.dataset.copy, location.href).href;
    try {
      await navigator.clipboard.writeText(value);
      button.firstChild.textContent = t('Copied');
      button.dataset.copied = '';
      status.textContent = source ? t('Text copied.') : t('Link copied: {0}', value);
    } catch {
      let field = source || button.parentElement.querySelector('.copy-fallback');
      if (!field) {
        field = document.createElement('input');
        field.className = 'copy-fallback';
        field.readOnly = true;
        field.setAttribute('aria-label', t('Link to this step'));
        button.parentElement.append(field);
      }
      field.value = value;
      field.focus();
      field.select();
      status.textContent = t('Could not copy. It is selected: copy it yourself.');
      button.firstChild.textContent = t('Copy failed');
    }
    setTimeout(() => { button.firstChild.textContent = label; delete button.dataset.copied; }, 2500);
  });
}

// Phones offer their own share sheet.
if (navigator.share) {
  for (const button of document.querySelectorAll('[data-share]')) {
    button.hidden = false;
    button.addEventListener('click', () => navigator.share({ title: button.dataset.title, url: new URL(button.dataset.share, location.href).href }).catch(() => {}));
  }
}

for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}

const stampPrintDate = () => {
  for (const el of document.querySelectorAll('[data-print-date]')) el.textContent = ' · ' + t('Printed {0}', today());
};
addEventListener('beforeprint', stampPrintDate);
stampPrintDate();

document.addEventListener('click', (event) => {
  const link = event.target.closest('a.report');
  // The report's empty date line, in any language the one ending in a space, gets today's date.
  if (link) link.href = link.href.replace('%20%0A', '%20' + today() + '%0A');
});

// After the country form: "You chose Germany: …", once, on the guide it led to.
const chosenNote = document.querySelector('[data-chosen]');
try {
  const chosen = JSON.parse(sessionStorage.getItem('linkedin-ai-optout:chosen'));
  sessionStorage.removeItem('linkedin-ai-optout:chosen');
  if (chosenNote && chosen && chosen.guide === location.pathname && typeof chosen.country === 'string') {
    chosenNote.firstChild.textContent = t('You chose {0}:', chosen.country.slice(0, 80)) + ' ';
    chosenNote.hidden = false;
  }
} catch {
  // Nothing saved, or storage refused: no sentence.
}

addEventListener('hashchange', focusStep);
focusStep();
