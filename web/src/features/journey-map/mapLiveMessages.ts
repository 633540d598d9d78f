import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

// Issue 13: the live layer of the map.
const de = {
  toggle: 'Live-Daten',
  toggleHelp: 'Zeigt je Karte Interaktionen, Personen und Conversions im Zeitraum und den KPI-Status.',
  from: 'Von',
  to: 'Bis',
  rangeError: '„Von“ darf nicht nach „Bis“ liegen.',
  loading: 'Live-Daten werden geladen …',
  failed: 'Die Live-Daten konnten nicht geladen werden.',
  figures: {
    interactions: 'Interaktionen',
    people: 'Personen',
    conversions: 'Conversions',
    interactionsShort: 'Int.',
    peopleShort: 'Pers.',
    conversionsShort: 'Conv.',
  },
  reached: '{{count}} Personen erreicht',
  reachedLabel:
    '{{count}} Personen haben die Phase {{phase}} im Zeitraum erreicht: im Phasen-Trichter zeigen',
  kpi: {
    on_target: 'KPI im Ziel',
    off_target: 'KPI verfehlt das Ziel',
    no_target: 'KPI ohne Ziel',
    no_data: 'KPI ohne Wert im Zeitraum',
    no_kpi: 'Kein KPI',
  },
};

const en: MessageShape<typeof de> = {
  toggle: 'Live data',
  toggleHelp: "Shows each card's interactions, people and conversions in the period and its KPI status.",
  from: 'From',
  to: 'To',
  rangeError: '"From" must not be after "To".',
  loading: 'Loading live data …',
  failed: 'The live data could not be loaded.',
  figures: {
    interactions: 'Interactions',
    people: 'People',
    conversions: 'Conversions',
    interactionsShort: 'Int.',
    peopleShort: 'Ppl.',
    conversionsShort: 'Conv.',
  },
  reached: '{{count}} people reached',
  reachedLabel: '{{count}} people reached the phase {{phase}} in the period: show in the phase funnel',
  kpi: {
    on_target: 'KPI on target',
    off_target: 'KPI off target',
    no_target: 'KPI without a target',
    no_data: 'KPI without a value in the period',
    no_kpi: 'No KPI',
  },
};

export const useMapLiveT = defineMessages('mapLive', de, en);
