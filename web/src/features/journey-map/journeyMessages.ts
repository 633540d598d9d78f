import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

// Seed 001, steps 3 and 4: the POE balance of each phase and touchpoints connected across phases.
const de = {
  balance: {
    short: 'O {{owned}} · E {{earned}} · P {{paid}}',
    label: 'Owned {{owned}}, Earned {{earned}}, Paid {{paid}}',
    onlyOwned:
      'Nur Owned – keine Empfehlungen/Bewertungen (Earned) und keine bezahlte Reichweite (Paid) in dieser Phase',
    onlyEarned: 'Nur Earned – kein eigener Touchpoint (Owned): Ihr könnt diese Phase kaum selbst gestalten',
    onlyPaid:
      'Nur Paid – die Phase hängt am Werbebudget; keine eigenen (Owned) oder verdienten (Earned) Touchpoints',
  },
  links: {
    connect: 'Verbinden',
    connectHelp: 'Verbinde Touchpoints, die zueinander führen, damit die Karte Journeys zeigt.',
    pickFrom: 'Verbinden: Wähle den Touchpoint, von dem die Journey ausgeht. Esc bricht ab.',
    pickTo: 'Verbinden: Wähle den Touchpoint, zu dem „{{name}}“ führt. Esc bricht ab.',
    forPersona: 'Die Verbindung gilt für die Persona {{persona}}.',
    cancel: 'Verbinden beenden',
    created: '„{{from}}“ führt jetzt zu „{{to}}“.',
    failed: 'Die Verbindung wurde nicht gespeichert.',
    leadsTo: 'führt zu',
    leadsToList: 'führt zu: {{names}}',
    comesFrom: 'kommt von',
    section: 'Journey',
    sectionIntro:
      'Wohin führt dieser Touchpoint die Kundin oder den Kunden als Nächstes? Verbundene Touchpoints machen die Customer-Journey durchlässiger.',
    none: 'Noch keine Verbindung.',
    add: 'Verbinden',
    choose: 'Touchpoint wählen …',
    label: 'Wie? (optional)',
    remove: 'Verbindung „{{from}}“ → „{{to}}“ entfernen',
    removed: 'Verbindung entfernt.',
    allPersonas: 'alle Personas',
    cycle: 'Die Journey führt im Kreis zurück zu diesem Touchpoint.',
    arrows: 'Verbindungen zwischen Touchpoints',
  },
};

const en: MessageShape<typeof de> = {
  balance: {
    short: 'O {{owned}} · E {{earned}} · P {{paid}}',
    label: 'Owned {{owned}}, Earned {{earned}}, Paid {{paid}}',
    onlyOwned: 'Owned only – no recommendations/reviews (Earned) and no paid reach (Paid) in this phase',
    onlyEarned: 'Earned only – no touchpoint of your own (Owned): you can hardly shape this phase yourselves',
    onlyPaid: 'Paid only – the phase depends on the ad budget; no own (Owned) or earned (Earned) touchpoints',
  },
  links: {
    connect: 'Connect',
    connectHelp: 'Connect touchpoints that lead to each other, so the map shows journeys.',
    pickFrom: 'Connect: choose the touchpoint the journey starts from. Esc cancels.',
    pickTo: 'Connect: choose the touchpoint “{{name}}” leads to. Esc cancels.',
    forPersona: 'The connection holds for the persona {{persona}}.',
    cancel: 'Stop connecting',
    created: '“{{from}}” now leads to “{{to}}”.',
    failed: 'The connection was not saved.',
    leadsTo: 'leads to',
    leadsToList: 'leads to: {{names}}',
    comesFrom: 'comes from',
    section: 'Journey',
    sectionIntro:
      'Where does this touchpoint take the customer next? Connected touchpoints make the customer journey flow.',
    none: 'No connection yet.',
    add: 'Connect',
    choose: 'Choose a touchpoint …',
    label: 'How? (optional)',
    remove: 'Remove the connection “{{from}}” → “{{to}}”',
    removed: 'Connection removed.',
    allPersonas: 'all personas',
    cycle: 'The journey leads back to this touchpoint in a circle.',
    arrows: 'Connections between touchpoints',
  },
};

export const useJourneyT = defineMessages('journeyMap', de, en);
export type JourneyT = ReturnType<typeof useJourneyT>;
