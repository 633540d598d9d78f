import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

const de = {
  nav: 'Import',
  title: 'Verlauf importieren',
  intro:
    'Kontakte, Firmen und frühere Ereignisse aus CSV-Dateien (z. B. aus dem CRM) übernehmen. Fehlerhafte Zeilen werden übersprungen und mit Zeilennummer aufgeführt.',
  kind: 'Was wird importiert?',
  kinds: { contacts: 'Kontakte', companies: 'Firmen', events: 'Ereignisse', newsletter: 'Newsletter-Tool' },
  kindHints: {
    contacts:
      'Spalten: external_id oder email, name (oder first_name, last_name), company, company_id; weitere Spalten werden Merkmale.',
    companies: 'Spalten: name (Pflicht), external_id, domain; weitere Spalten werden Eigenschaften.',
    events:
      'Spalten: type und timestamp (Pflicht), user_id, email oder anonymous_id, touchpoint, channel, name, url, revenue …',
    newsletter:
      'Empfänger-Aktivität einer Kampagne aus Mailchimp, Brevo oder CleverReach, oder einfach: email, action, time, url, bounce_type. Wird ein Mailing des E-Mail-Touchpoints.',
  },
  file: 'CSV-Datei',
  fileHint: 'UTF-8, mit Kopfzeile; Komma, Semikolon oder Tabulator als Trennzeichen.',
  noFile: 'Bitte eine CSV-Datei wählen.',
  submit: 'Importieren',
  uploading: 'Hochladen: {{percent}} %',
  upload: 'Upload',
  running: 'Import läuft …',
  progress: 'Fortschritt des Imports',
  linesRead: 'Zeilen gelesen',
  rowsImported: 'Importiert',
  duplicates: 'Schon vorhanden (übersprungen)',
  badRows: 'Fehlerhafte Zeilen',
  done: 'Import abgeschlossen: {{imported}} importiert, fehlerhafte Zeilen: {{bad}}.',
  failed: 'Import abgebrochen.',
  badRowsTitle: 'Fehlerhafte Zeilen',
  badRowsMore: 'Gezeigt werden die ersten {{shown}} von {{total}}.',
  line: 'Zeile',
  reason: 'Grund',
  stopReason: 'Abbruchgrund',
  history: 'Frühere Importe',
  none: 'Noch keine Importe.',
  columns: {
    file: 'Datei',
    kind: 'Art',
    status: 'Status',
    started: 'Gestartet',
    rows: 'Datensätze',
    imported: 'Importiert',
    duplicates: 'Schon vorhanden',
    bad: 'Fehlerhaft',
  },
  statuses: { running: 'läuft', done: 'fertig', failed: 'abgebrochen' },
  showBadRows: 'Fehler zeigen',
  showBadRowsNamed: 'Fehlerhafte Zeilen von {{file}} zeigen',
  viewerHint: 'Als Leser/in sehen Sie die Importe, können aber keine starten.',
};

const en: MessageShape<typeof de> = {
  nav: 'Import',
  title: 'Import history',
  intro:
    'Bring in contacts, companies and past events from CSV files (e.g. from your CRM). Bad rows are skipped and listed with their line number.',
  kind: 'What do you import?',
  kinds: { contacts: 'Contacts', companies: 'Companies', events: 'Events', newsletter: 'Newsletter tool' },
  kindHints: {
    contacts:
      'Columns: external_id or email, name (or first_name, last_name), company, company_id; other columns become traits.',
    companies: 'Columns: name (required), external_id, domain; other columns become properties.',
    events:
      'Columns: type and timestamp (required), user_id, email or anonymous_id, touchpoint, channel, name, url, revenue …',
    newsletter:
      "One campaign's recipient activity from Mailchimp, Brevo or CleverReach, or plain: email, action, time, url, bounce_type. Becomes a mailing of the e-mail touchpoint.",
  },
  file: 'CSV file',
  fileHint: 'UTF-8 with a header line; comma, semicolon or tab as separator.',
  noFile: 'Please choose a CSV file.',
  submit: 'Import',
  uploading: 'Uploading: {{percent}} %',
  upload: 'Upload',
  running: 'Import running …',
  progress: 'Import progress',
  linesRead: 'Lines read',
  rowsImported: 'Imported',
  duplicates: 'Stored before (skipped)',
  badRows: 'Bad rows',
  done: 'Import finished: {{imported}} imported, bad rows: {{bad}}.',
  failed: 'Import stopped.',
  badRowsTitle: 'Bad rows',
  badRowsMore: 'Showing the first {{shown}} of {{total}}.',
  line: 'Line',
  reason: 'Reason',
  stopReason: 'Reason for stopping',
  history: 'Earlier imports',
  none: 'No imports yet.',
  columns: {
    file: 'File',
    kind: 'Kind',
    status: 'Status',
    started: 'Started',
    rows: 'Records',
    imported: 'Imported',
    duplicates: 'Stored before',
    bad: 'Bad',
  },
  statuses: { running: 'running', done: 'done', failed: 'stopped' },
  showBadRows: 'Show errors',
  showBadRowsNamed: 'Show the bad rows of {{file}}',
  viewerHint: 'As a viewer you see the imports but cannot start one.',
};

export const useImportsT = defineMessages('imports', de, en);
