import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

const de = {
  title: 'Phasen im Lebenszyklus',
  intro:
    'Reihenfolge und Namen der Phasen. Ab „SAL“ bewegt nur der Vertrieb eine Person; davor hebt der Score sie an.',
  nameDe: '{{key}}: Name (Deutsch)',
  nameEn: '{{key}}: Name (Englisch)',
  manual: 'nur von Hand',
  up: '{{key}} nach oben',
  down: '{{key}} nach unten',
  save: 'Phasen speichern',
};

const en: MessageShape<typeof de> = {
  title: 'Lifecycle stages',
  intro:
    'Order and names of the stages. From “SAL” on only sales moves a person; before it, the score lifts them.',
  nameDe: '{{key}}: name (German)',
  nameEn: '{{key}}: name (English)',
  manual: 'manual only',
  up: 'Move {{key}} up',
  down: 'Move {{key}} down',
  save: 'Save stages',
};

export const useLifecycleT = defineMessages('lifecycle', de, en);
