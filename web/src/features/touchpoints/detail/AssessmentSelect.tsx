import type { FieldControlProps } from '../../../components/Field';

/**
 * Impact or effort: 1-5, or not yet assessed (null). A touchpoint waits outside the priorities until
 * both are chosen, so the empty choice is offered as long as nobody picked a number.
 */
export function AssessmentSelect({
  value,
  onChange,
  notAssessed,
  ...props
}: FieldControlProps & {
  value: number | null;
  onChange: (value: number | null) => void;
  notAssessed: string;
}) {
  return (
    <select
      {...props}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{notAssessed}</option>
      {[1, 2, 3, 4, 5].map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
