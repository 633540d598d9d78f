import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src/core/model';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useTeamT } from './messages';
import { ROLES } from './roles';
import { useInviteMember } from './useInviteMember';
import { useTeamFieldMessage } from './useTeamFieldMessage';

/** Invites by e-mail; name and initial password only matter when the address has no account yet. */
export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const t = useTeamT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const invite = useInviteMember(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const teamMessage = useTeamFieldMessage();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    invite.mutate(
      {
        email: email.trim(),
        role,
        ...(name.trim() && { name: name.trim() }),
        ...(password && { password }),
      },
      {
        onSuccess: (member) => {
          toast.success(
            t('invite.invited', { name: member.name, role: shellT(`header.roles.${member.role}`) }),
          );
          setEmail('');
          setName('');
          setPassword('');
        },
        onError: fail,
      },
    );
  };

  return (
    <form className="team-invite" onSubmit={submit} noValidate data-testid="invite-form">
      <h3>{t('invite.title')}</h3>
      <p className="hint">{t('invite.intro')}</p>
      <div className="form-grid">
        <Field label={t('invite.email')} error={teamMessage(errors.email)}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('invite.role')} error={errors.role}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {shellT(`header.roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('invite.name')} error={teamMessage(errors.name)}>
          {(p) => <input {...p} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field
          label={t('invite.password')}
          error={teamMessage(errors.password)}
          hint={t('invite.passwordHint')}
        >
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="button button-primary" disabled={invite.isPending}>
        {invite.isPending ? shellT('common.saving') : t('invite.submit')}
      </button>
    </form>
  );
}
