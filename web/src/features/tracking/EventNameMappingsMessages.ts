import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

const de = {
  title: 'Ereignisnamen zuordnen',
  intro:
    'Welche Segment-/RudderStack-Ereignisse (track) welcher Touchpoint-Ereignistyp sind. Ihre eigenen Zeilen gelten vor der eingebauten Tabelle; Groß-/Kleinschreibung, _ und - zählen nicht, * steht für beliebige Zeichen.',
  seen: {
    title: 'Gesehene Ereignisnamen (letzte {{days}} Tage)',
    none: 'In den letzten Tagen kam kein track-Ereignis über die Segment-Schnittstelle.',
    name: 'Ereignisname',
    count: 'Anzahl',
    type: 'Typ heute',
    by_own: 'eigene Zuordnung',
    by_built_in: 'eingebaut',
    by_default: 'ohne Zuordnung',
    mapTo: 'Typ für „{{name}}“',
    map: 'Zuordnen',
    mapNamed: '„{{name}}“ zuordnen',
    mapped: '„{{name}}“ ist jetzt {{type}}.',
  },
  own: {
    title: 'Eigene Zuordnungen',
    none: 'Noch keine eigenen Zuordnungen: es gilt die eingebaute Tabelle.',
    pattern: 'Name oder Muster',
    type: 'Ereignistyp',
    choose: 'Bitte wählen',
    conversionPoint: 'Conversion-Punkt',
    conversionPointHint: 'Nur für Conversions; leer: der Ereignisname.',
    revenueProperty: 'Umsatz-Eigenschaft',
    revenueHint: 'Leer: revenue, sonst total (bei Bestellungen).',
    add: 'Zuordnung hinzufügen',
    added: 'Zuordnung für „{{pattern}}“ hinzugefügt.',
    delete: 'Löschen',
    deleteNamed: 'Zuordnung „{{pattern}}“ löschen',
    confirmDelete: 'Zuordnung „{{pattern}}“ löschen? Neue Ereignisse folgen dann der eingebauten Tabelle.',
    deleted: 'Zuordnung gelöscht.',
    viewerHint: 'Als Leser/in sehen Sie die Zuordnungen, können sie aber nicht ändern.',
  },
};

const en: MessageShape<typeof de> = {
  title: 'Event name mapping',
  intro:
    'Which Segment/RudderStack events (track) are which Touchpoint event type. Your own lines apply before the built-in table; case, _ and - do not matter, * stands for any characters.',
  seen: {
    title: 'Event names seen (last {{days}} days)',
    none: 'No track event came through the Segment API lately.',
    name: 'Event name',
    count: 'Count',
    type: 'Type today',
    by_own: 'own mapping',
    by_built_in: 'built-in',
    by_default: 'not mapped',
    mapTo: 'Type for “{{name}}”',
    map: 'Map',
    mapNamed: 'Map “{{name}}”',
    mapped: '“{{name}}” is now {{type}}.',
  },
  own: {
    title: 'Own mappings',
    none: 'No own mappings yet: the built-in table applies.',
    pattern: 'Name or pattern',
    type: 'Event type',
    choose: 'Please choose',
    conversionPoint: 'Conversion point',
    conversionPointHint: 'Conversions only; empty: the event name.',
    revenueProperty: 'Revenue property',
    revenueHint: 'Empty: revenue, else total (for orders).',
    add: 'Add mapping',
    added: 'Mapping for “{{pattern}}” added.',
    delete: 'Delete',
    deleteNamed: 'Delete mapping “{{pattern}}”',
    confirmDelete: 'Delete mapping “{{pattern}}”? New events then follow the built-in table.',
    deleted: 'Mapping deleted.',
    viewerHint: 'As a viewer you see the mappings but cannot change them.',
  },
};

export const useEventNameMappingsT = defineMessages('eventNameMappings', de, en);
