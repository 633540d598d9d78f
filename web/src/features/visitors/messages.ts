import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

const de = {
  nav: 'Besucher',
  title: 'Neue und wiederkehrende Besucher',
  intro:
    'Ein Besucher ist neu am Tag seines ersten Besuchs und kehrt an jedem späteren Tag wieder. In einer Woche zählt jeder Besucher einmal: neu, wenn sein erster Besuch in die Woche fällt. Die Phase ergibt sich aus dem Touchpoint der Einstiegsseite (erster Seitenaufruf des Tags); Filter gelten für diese Einstiegsseite.',
  interval: 'Intervall',
  intervals: { day: 'Tag', week: 'Woche' },
  totals: '{{visitors}} Besucher im Zeitraum: {{new}} neu, {{returning}} wiederkehrend',
  compareTotals:
    'Vergleich {{from}} – {{to}}: {{visitors}} Besucher, {{new}} neu, {{returning}} wiederkehrend',
  newVisitors: 'Neu',
  returningVisitors: 'Wiederkehrend',
  chartTitle: 'Besucher im Zeitverlauf',
  phaseTitle: 'Besucher je Phase (Einstiegsseite)',
  table: {
    start: 'Ab',
    phase: 'Phase',
    visitors: 'Besucher',
    newShare: 'Anteil neu',
    compareVisitors: 'Besucher (Vergleich)',
  },
  noPhase: 'Ohne Phase',
  empty: 'Im Zeitraum gab es keine Besuche.',
  noData: '–',
};

const en: MessageShape<typeof de> = {
  nav: 'Visitors',
  title: 'New and returning visitors',
  intro:
    'A visitor is new on the day of their first visit and returning on every later day. Within a week each visitor counts once: new if their first visit falls into the week. The phase is that of the landing page’s touchpoint (the first page view of the day); filters apply to that landing page.',
  interval: 'Interval',
  intervals: { day: 'Day', week: 'Week' },
  totals: '{{visitors}} visitors in the period: {{new}} new, {{returning}} returning',
  compareTotals: 'Comparison {{from}} – {{to}}: {{visitors}} visitors, {{new}} new, {{returning}} returning',
  newVisitors: 'New',
  returningVisitors: 'Returning',
  chartTitle: 'Visitors over time',
  phaseTitle: 'Visitors per phase (landing page)',
  table: {
    start: 'From',
    phase: 'Phase',
    visitors: 'Visitors',
    newShare: 'Share new',
    compareVisitors: 'Visitors (comparison)',
  },
  noPhase: 'No phase',
  empty: 'There were no visits in the period.',
  noData: '–',
};

export const useVisitorsT = defineMessages('visitors', de, en);
