import { MERGE_FIELDS } from '../../../../src/core/email/mergeFields';
import { useEmailT } from './messages';

/** The merge fields a mailing may use, with an example default. */
export function MergeFieldHelp() {
  const t = useEmailT();
  return (
    <details>
      <summary>{t('editor.mergeHelp')}</summary>
      <p>{t('editor.mergeIntro')}</p>
      <ul>
        {MERGE_FIELDS.map((field) => (
          <li key={field}>
            <code>{`{{${field}}}`}</code> – {t(`editor.mergeFields.${field}`)}
          </li>
        ))}
        <li>
          <code>{'{{firstName|Kundin/Kunde}}'}</code>
        </li>
      </ul>
    </details>
  );
}
