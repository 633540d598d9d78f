import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (props: FieldControlProps) => ReactNode;
}

/** A labelled form control with its hint and the server's complaint about it right underneath. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<FieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> & {
    value: string;
    onChange: (value: string) => void;
  };

/**
 * A labelled `<input>` (text, date, url …) whose value is a string.
 * @example <TextField label={t('form.title')} error={errors.title} value={title} onChange={setTitle} maxLength={200} />
 */
export function TextField({ label, error, hint, className, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(p) => <input {...input} {...p} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A group of checkboxes or radios under one caption, with an error for the whole group. */
export function FieldSet({
  legend,
  error,
  children,
  className,
}: {
  legend: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={`fieldset${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p className="field-error" data-testid="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
