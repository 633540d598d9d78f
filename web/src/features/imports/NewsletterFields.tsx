import {
  newsletterToolChoiceSchema,
  type NewsletterToolChoice,
} from '../../../../src/contract/newsletterImport';
import { Field, TextField } from '../../components/Field';
import type { FieldErrors } from '../../api/fieldErrors';
import { useImportsT } from './messages';

export interface NewsletterValues {
  tool: NewsletterToolChoice;
  subject: string;
  sentAt: string;
  campaign: string;
}

/** The mailing a newsletter tool's export becomes: the tool (told from the file unless chosen), subject, send time. */
export function NewsletterFields({
  values,
  onChange,
  errors,
}: {
  values: NewsletterValues;
  onChange: (values: NewsletterValues) => void;
  errors: FieldErrors;
}) {
  const t = useImportsT();
  return (
    <div className="im-newsletter" data-testid="newsletter-fields">
      <Field label={t('newsletter.tool')} hint={t('newsletter.toolHint')} error={errors.tool}>
        {(props) => (
          <select
            {...props}
            value={values.tool}
            onChange={(e) => onChange({ ...values, tool: newsletterToolChoiceSchema.parse(e.target.value) })}
          >
            {newsletterToolChoiceSchema.options.map((tool) => (
              <option key={tool} value={tool}>
                {t(`newsletter.tools.${tool}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t('newsletter.subject')}
        hint={t('newsletter.subjectHint')}
        error={errors.subject}
        value={values.subject}
        onChange={(subject) => onChange({ ...values, subject })}
        maxLength={500}
      />
      <Field label={t('newsletter.sentAt')} hint={t('newsletter.sentAtHint')} error={errors.sentAt}>
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            value={values.sentAt}
            onChange={(e) => onChange({ ...values, sentAt: e.target.value })}
          />
        )}
      </Field>
      <TextField
        label={t('newsletter.campaign')}
        hint={t('newsletter.campaignHint')}
        error={errors.campaign}
        value={values.campaign}
        onChange={(campaign) => onChange({ ...values, campaign })}
        maxLength={500}
      />
    </div>
  );
}
