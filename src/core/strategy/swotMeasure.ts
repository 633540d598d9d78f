/** A measure's title is a name (at most 200 characters); a SWOT entry may be longer. */
const TITLE_MAX = 200;

export interface SwotMeasureDraft {
  title: string;
  description: string;
  touchpointIds: string[];
}

/**
 * The measure a SWOT entry becomes: its text as the title (shortened at a word where it is too long,
 * the whole text then kept in the description), and the entry's touchpoint.
 * @example swotMeasureDraft({ text: 'Rückrufe dauern zu lange', touchpointId: null })
 * // { title: 'Rückrufe dauern zu lange', description: '', touchpointIds: [] }
 */
export function swotMeasureDraft(entry: { text: string; touchpointId: string | null }): SwotMeasureDraft {
  const text = entry.text.trim();
  const touchpointIds = entry.touchpointId === null ? [] : [entry.touchpointId];
  if (text.length <= TITLE_MAX) return { title: text, description: '', touchpointIds };
  const cut = text.slice(0, TITLE_MAX - 1);
  const atWord = cut.lastIndexOf(' ');
  // A word boundary far back would throw most of the title away; then cut inside the word.
  const title = `${(atWord > TITLE_MAX / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
  return { title, description: text, touchpointIds };
}
