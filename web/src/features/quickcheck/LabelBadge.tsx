import type { QuickcheckResultRowView } from '../../../../src/contract/quickcheck';

const symbol: Record<QuickcheckResultRowView['labelKey'], string> = {
  very_recommended: '★★★',
  recommended: '★★',
  conditionally_recommended: '★',
  not_interesting: '–',
};

/** The label of a Quickcheck row in words, with a colour and a symbol that repeat what the words say. */
export function LabelBadge({
  labelKey,
  text,
}: {
  labelKey: QuickcheckResultRowView['labelKey'];
  text: string;
}) {
  return (
    <span className={`badge qc-label qc-label-${labelKey}`} data-testid="qc-label">
      <span aria-hidden="true">{symbol[labelKey]} </span>
      {text}
    </span>
  );
}
