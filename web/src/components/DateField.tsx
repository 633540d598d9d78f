import type { ReactNode } from 'react';
import { Field } from './Field';

interface DateFieldProps {
  label: ReactNode;
  error?: string | undefined;
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A labelled date input, as the period filters of the analyses use it.
 * @example <DateField label={t('from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
 */
export function DateField({ label, error, value, onChange }: DateFieldProps) {
  return (
    <Field label={label} error={error}>
      {(props) => <input {...props} type="date" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
