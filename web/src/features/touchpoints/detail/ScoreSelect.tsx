import type { FieldControlProps } from '../../../components/Field';

/** A 1-5 score as a select: nothing invalid can be typed. */
export function ScoreSelect({
  value,
  onChange,
  ...props
}: FieldControlProps & { value: number; onChange: (value: number) => void }) {
  return (
    <select {...props} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {[1, 2, 3, 4, 5].map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
