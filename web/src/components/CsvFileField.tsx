/**
 * The file picker of a CSV import. The error about the file is shown by the dialog under the id
 * `${id}-error`, which the input points at while `invalid`.
 */
export function CsvFileField({
  id,
  label,
  invalid,
  accept = '.csv,.txt,text/csv,text/plain',
  onChoose,
}: {
  id: string;
  label: string;
  invalid: boolean;
  accept?: string;
  onChoose: (file: File | null) => void;
}) {
  return (
    <div className={`field${invalid ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => onChoose(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}
