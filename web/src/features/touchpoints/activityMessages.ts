import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

const de = {
  title: 'Aktivität',
  period: 'Letzte {{days}} Tage',
  interactions: 'Interaktionen',
  people: 'Personen',
  conversions: 'Conversions',
  trend: 'Interaktionen pro Tag',
  none: 'Noch keine getrackten Ereignisse.',
  howTo:
    'So verbinden Sie diesen Touchpoint: Binden Sie den Tracking-Code ein und legen Sie eine Regel an, die Ereignisse diesem Touchpoint zuordnet.',
  toTracking: 'Zum Tracking',
  quiet: 'In diesem Zeitraum keine Ereignisse.',
};

const en: MessageShape<typeof de> = {
  title: 'Activity',
  period: 'Last {{days}} days',
  interactions: 'Interactions',
  people: 'People',
  conversions: 'Conversions',
  trend: 'Interactions per day',
  none: 'No tracked events yet.',
  howTo:
    'How to connect this touchpoint: embed the tracking code and create a rule that maps events to this touchpoint.',
  toTracking: 'Go to tracking',
  quiet: 'No events in this period.',
};

export const useActivityT = defineMessages('touchpointActivity', de, en);
