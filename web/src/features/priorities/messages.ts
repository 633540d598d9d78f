import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

const de = {
  title: 'Prioritäten',
  intro:
    'Wo lohnt sich Arbeit zuerst? Die Priorität wächst mit Relevanz, Wirkung und Lücke zum Soll und sinkt mit dem Aufwand; Moments that Matter zählen doppelt.',
  persona: 'Persona',
  allPersonas: 'Alle Personas',
  none: 'Noch keine Touchpoints. Legen Sie in der Journey Map welche an und bewerten Sie Wirkung und Aufwand.',
  quadrants: {
    quick_win: 'Quick Wins',
    major_project: 'Großprojekte',
    fill_in: 'Lückenfüller',
    thankless_task: 'Undankbare Aufgaben',
  },
  quadrantHints: {
    quick_win: 'hohe Wirkung, geringer Aufwand',
    major_project: 'hohe Wirkung, hoher Aufwand',
    fill_in: 'geringe Wirkung, geringer Aufwand',
    thankless_task: 'geringe Wirkung, hoher Aufwand',
  },
  quickWins: {
    title: 'Quick Wins zuerst',
    intro: 'Hohe Wirkung, wenig Aufwand und noch eine Lücke zum Soll – hier anfangen.',
    none: 'Keine Quick Wins: Kein Touchpoint mit hoher Wirkung und geringem Aufwand hat noch eine Lücke.',
    score: 'Priorität {{score}}',
    gap: 'Reife-Lücke {{maturity}} · Bewertungs-Lücke {{rating}}',
  },
  matrix: {
    title: 'Wirkung × Aufwand',
    intro:
      'Jeder Kreis ist ein Touchpoint; je größer, desto höher die Priorität. Klick öffnet den Touchpoint.',
    impact: 'Wirkung',
    effort: 'Aufwand',
    tooltip: 'Wirkung {{impact}} · Aufwand {{effort}} · Priorität {{score}}',
    summary: 'Verteilung auf die Quadranten',
    mtmLegend: 'Raute = Moment that Matters (zählt doppelt)',
    numbers: 'Zahl im Kreis = Rang in den Listen',
    inQuadrant_one: '{{count}} Touchpoint',
    inQuadrant_other: '{{count}} Touchpoints',
  },
  gaps: {
    title: 'Lücken und Prioritäten',
    name: 'Touchpoint',
    quadrant: 'Quadrant',
    maturityGap: 'Reife-Lücke',
    ratingGap: 'Bewertungs-Lücke',
    score: 'Priorität',
    sortBy: 'Sortieren nach {{column}}',
    mtm: 'Moment that Matters',
    mtmShort: 'MtM',
    measure: 'Maßnahme anlegen',
  },
  pareto: {
    title: 'Pareto: Welche Touchpoints tragen 80 % der Wirkung?',
    intro:
      'Balken: Anteil an der gewichteten Relevanz (Relevanz × Wirkung). Linie: kumuliert. Dunkle Balken sind die Schlüssel-Touchpoints.',
    share: 'Anteil',
    cumulative: 'Kumuliert',
    line80: '80 %',
    key: 'Schlüssel-Touchpoint',
    keyList_one: 'Dieser Touchpoint trägt zusammen 80 % der Wirkung:',
    keyList_other: 'Diese {{count}} Touchpoints tragen zusammen 80 % der Wirkung:',
    noneKey: 'Noch keine Relevanz und Wirkung erfasst.',
  },
  notAssessed: {
    title_one: '{{count}} Touchpoint wartet auf die Bewertung von Wirkung und Aufwand',
    title_other: '{{count}} Touchpoints warten auf die Bewertung von Wirkung und Aufwand',
    intro:
      'Ohne Wirkung und Aufwand steht ein Touchpoint weder in der Rangliste noch in der Matrix oder im Pareto. Öffnen Sie ihn und wählen Sie beide Werte.',
  },
};

const en: MessageShape<typeof de> = {
  title: 'Priorities',
  intro:
    'Where does work pay off first? Priority grows with relevance, impact and the gap to the target and falls with effort; moments that matter count double.',
  persona: 'Persona',
  allPersonas: 'All personas',
  none: 'No touchpoints yet. Add some on the journey map and rate their impact and effort.',
  quadrants: {
    quick_win: 'Quick wins',
    major_project: 'Major projects',
    fill_in: 'Fill-ins',
    thankless_task: 'Thankless tasks',
  },
  quadrantHints: {
    quick_win: 'high impact, low effort',
    major_project: 'high impact, high effort',
    fill_in: 'low impact, low effort',
    thankless_task: 'low impact, high effort',
  },
  quickWins: {
    title: 'Quick wins first',
    intro: 'High impact, little effort and still a gap to the target – start here.',
    none: 'No quick wins: no touchpoint with high impact and low effort has a gap left.',
    score: 'Priority {{score}}',
    gap: 'Maturity gap {{maturity}} · rating gap {{rating}}',
  },
  matrix: {
    title: 'Impact × effort',
    intro: 'Each circle is a touchpoint; the bigger, the higher its priority. A click opens the touchpoint.',
    impact: 'Impact',
    effort: 'Effort',
    tooltip: 'Impact {{impact}} · effort {{effort}} · priority {{score}}',
    summary: 'Spread over the quadrants',
    mtmLegend: 'Diamond = moment that matters (counts double)',
    numbers: 'number in the circle = rank in the lists',
    inQuadrant_one: '{{count}} touchpoint',
    inQuadrant_other: '{{count}} touchpoints',
  },
  gaps: {
    title: 'Gaps and priorities',
    name: 'Touchpoint',
    quadrant: 'Quadrant',
    maturityGap: 'Maturity gap',
    ratingGap: 'Rating gap',
    score: 'Priority',
    sortBy: 'Sort by {{column}}',
    mtm: 'Moment that matters',
    mtmShort: 'MtM',
    measure: 'Create a measure',
  },
  pareto: {
    title: 'Pareto: which touchpoints carry 80 % of the effect?',
    intro:
      'Bars: share of the weighted relevance (relevance × impact). Line: cumulative. Dark bars are the key touchpoints.',
    share: 'Share',
    cumulative: 'Cumulative',
    line80: '80 %',
    key: 'Key touchpoint',
    keyList_one: 'This touchpoint carries 80 % of the effect:',
    keyList_other: 'These {{count}} touchpoints together carry 80 % of the effect:',
    noneKey: 'No relevance and impact recorded yet.',
  },
  notAssessed: {
    title_one: '{{count}} touchpoint waits for its impact and effort',
    title_other: '{{count}} touchpoints wait for their impact and effort',
    intro:
      'Without impact and effort a touchpoint is not in the ranking, the matrix or the Pareto view. Open it and choose both.',
  },
};

export const usePrioritiesT = defineMessages('priorities', de, en);
