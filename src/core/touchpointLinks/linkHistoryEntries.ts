/** What one touchpoint's history says about a link to or from it. */
export interface LinkHistoryEntry {
  touchpointId: string;
  action: 'link_added' | 'link_removed';
  changes: {
    /** `to`: this touchpoint leads to the other one; `from`: the other one leads here. */
    direction: 'to' | 'from';
    otherTouchpointId: string;
    /** Names as they were when the link changed, so the entry still reads after a rename. */
    otherName: string;
    label: string;
    personaName: string | null;
  };
}

/**
 * A link is a change of both touchpoints it joins: the one it leads from and the one it leads to each
 * get an entry naming the other.
 *
 * @example
 * linkHistoryEntries('link_added', { fromTouchpointId: 'a', toTouchpointId: 'b', label: '' },
 *   { a: 'Messe', b: 'Angebot' }, null);
 * // [{ touchpointId: 'a', changes: { direction: 'to', otherName: 'Angebot', … } }, { touchpointId: 'b', … }]
 */
export function linkHistoryEntries(
  action: LinkHistoryEntry['action'],
  link: { fromTouchpointId: string; toTouchpointId: string; label: string },
  names: Readonly<Record<string, string>>,
  personaName: string | null,
): LinkHistoryEntry[] {
  const entry = (self: string, other: string, direction: 'to' | 'from'): LinkHistoryEntry => ({
    touchpointId: self,
    action,
    changes: {
      direction,
      otherTouchpointId: other,
      otherName: names[other] ?? '',
      label: link.label,
      personaName,
    },
  });
  return [
    entry(link.fromTouchpointId, link.toTouchpointId, 'to'),
    entry(link.toTouchpointId, link.fromTouchpointId, 'from'),
  ];
}
