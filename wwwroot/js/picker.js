// The country form, straight to the guide: each country's option names its guide (data-guide), so with script
// the form needs no server round trip and also works where nothing answers /choose (the static export).
// Without script the form is a plain GET to /choose, and the region links below it always work.

for (const form of document.querySelectorAll('form.region-picker')) {
  form.addEventListener('submit', (event) => {
    const guide = form.elements.country.selectedOptions[0]?.dataset.guide;
    if (guide) {
      event.preventDefault();
      location.assign(guide);
    }
  });
}
