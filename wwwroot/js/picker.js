// The country form, straight to the guide: each country's option names its guide (data-guide), so with script
// the form needs no server round trip and also works where nothing answers /choose (the static export).
// Without script the form is a plain GET to /choose, and the region links below it always work.

for (const form of document.querySelectorAll('form.region-picker')) {
  form.addEventListener('submit', (event) => {
    const option = form.elements.country.selectedOptions[0];
    const guide = option?.dataset.guide;
    if (guide) {
      event.preventDefault();
      // The guide page says "You chose …" once (deeplinks.js); kept in this tab only, never sent anywhere.
      try {
        sessionStorage.setItem('linkedin-ai-optout:chosen', JSON.stringify({ country: option.text, guide }));
      } catch {
        // Storage refused: the guide still opens, without the sentence.
      }
      location.assign(guide);
    }
  });
}
