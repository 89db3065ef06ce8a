// "Remind me to re-check": a calendar file (RFC 5545) with one all-day event 90 days from today that links back
// to the guide. Made here in the browser and handed to the reader as a download: nothing reaches the server.
// Its words are in the page's language.
import { t } from './ui-text.js';

const DAYS = 90;
const pad = (n) => String(n).padStart(2, '0');
const day = (d) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
const stamp = (d) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export const escapeText = (text) => text.replace(/[\\;,]/g, (c) => '\\' + c).replace(/\r?\n/g, '\\n');

/** Lines of at most 75 octets; each continuation starts with one space (§3.1). Never splits a character. */
export function fold(line) {
  const encoder = new TextEncoder();
  let out = '';
  let size = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (size + octets > 75) {
      out += '\r\n ';
      size = 1;
    }
    out += character;
    size += octets;
  }
  return out;
}

/** The calendar text: CRLF line endings, folded lines. */
export function calendar({ title, url, now, uid }) {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() + DAYS);
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//LinkedIn AI Opt-Out Guide//Re-check reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${day(start)}`,
    `DTEND;VALUE=DATE:${day(end)}`,
    `SUMMARY:${escapeText(t('Check that LinkedIn’s AI setting is still off'))}`,
    `DESCRIPTION:${escapeText(`${title}.\n` + t('Open the guide, then check that the setting is still off: {0}', url))}`,
    `URL:${url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

export function download(button) {
  const url = new URL(button.dataset.guide, location.href);
  url.hash = button.dataset.step;
  const uid = `${crypto.randomUUID?.() ?? Date.now().toString(36) + Math.random().toString(36).slice(2)}@${location.hostname || 'localhost'}`;
  const text = calendar({ title: button.dataset.title, url: url.href, now: new Date(), uid });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  link.download = 'linkedin-ai-setting-recheck.ics';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
