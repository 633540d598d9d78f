import { subjectLength, subjectLengthBand } from '../../../../src/core/email/subjectLength';
import { useEmailT } from './messages';

/** The live length of a subject and its band of seed 000, in words (not colour); nothing while empty. */
export function SubjectHint({ subject }: { subject: string }) {
  const t = useEmailT();
  if (subject.trim() === '') return null;
  const band = subjectLengthBand(subject);
  return (
    <span data-testid="subject-band">
      {t('editor.subjectLength', { length: subjectLength(subject), band: t(`subjectLength.bands.${band}`) })}
      {': '}
      <span className="em-band">{t(`editor.bandHints.${band}`)}</span>
    </span>
  );
}
