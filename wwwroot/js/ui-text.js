// t(english, …values): the page's words (JSON in body's data-ui-strings) with {0}, {1}… filled in. date(iso): as the server writes it.
const words = JSON.parse(document.body.dataset.uiStrings || '{}');
const lang = document.documentElement.lang;
const en = lang == 'en';
export const t = (text, ...values) => (words[text] || text).replace(/\{(\d)\}/g, (_, i) => values[i]);
export const date = (iso) => new Date(iso + 'T12:00:00').toLocaleDateString(en ? 'en-GB' : lang, { day: 'numeric', month: en ? 'short' : 'long', year: 'numeric' });
