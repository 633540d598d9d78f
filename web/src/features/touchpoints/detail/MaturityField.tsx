import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maturitySchema, type Maturity } from '../../../../../src/core/model';
import { Field } from '../../../components/Field';

/** A maturity level (seed 000: none, minimal, good, excellent) to choose, as-is or target. */
export function MaturityField({
  label,
  error,
  hint,
  name,
  value,
  onChange,
}: {
  label: string;
  error: string | undefined;
  hint?: ReactNode;
  name: string;
  value: Maturity;
  onChange: (value: Maturity) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={error} hint={hint}>
      {(p) => (
        <select {...p} name={name} value={value} onChange={(e) => onChange(e.target.value as Maturity)}>
          {maturitySchema.options.map((m) => (
            <option key={m} value={m}>
              {t(`maturity.${m}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
