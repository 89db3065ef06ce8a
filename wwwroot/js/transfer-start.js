// Loads "Continue on another device" (transfer.js) and "Remind me to re-check" (reminder.js) only when they are
// used, or when the page was opened with a progress link (#progress=…), so a page's first JavaScript stays small.
// The module URLs are the served, fingerprinted ones the page names.

const transfer = document.querySelector('[data-transfer]');
if (transfer) {
  const run = async (what) => (await import(transfer.dataset.module))[what](transfer);
  const open = transfer.querySelector('[data-transfer-open]');
  open.hidden = false;
  open.addEventListener('click', () => run('share'));
  const arrived = () => location.hash.startsWith('#progress=') && run('receive');
  addEventListener('hashchange', arrived);
  arrived();
}

for (const button of document.querySelectorAll('[data-reminder]')) {
  button.hidden = false;
  button.addEventListener('click', async () => (await import(button.dataset.reminder)).download(button));
}
