/**
 * A share of the companies in the 2016 market study, as the study prints it: "38 %", "mehr als 50 %",
 * "ca. 20 %", "weniger als 20 %", "fast 30 %", or in words ("ein Viertel", "ein Fünftel").
 */
export interface StudyShare {
  percent: number;
  qualifier: 'exact' | 'about' | 'more_than' | 'less_than' | 'almost';
  /** The words the study uses instead of a number, when it does. */
  inWords?: { de: string; en: string };
}

/** A figure the study prints for one group of companies only (B2B, B2C, an industry). */
export interface StudySideFigure {
  groupDe: string;
  groupEn: string;
  share: StudyShare;
}

export const exactly = (percent: number): StudyShare => ({ percent, qualifier: 'exact' });
export const about = (percent: number): StudyShare => ({ percent, qualifier: 'about' });
export const moreThan = (percent: number): StudyShare => ({ percent, qualifier: 'more_than' });
export const lessThan = (percent: number): StudyShare => ({ percent, qualifier: 'less_than' });
export const almost = (percent: number): StudyShare => ({ percent, qualifier: 'almost' });
