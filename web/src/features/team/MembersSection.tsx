import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src/core/model';
import type { Member } from '../../../../src/contract/team';
import { isApiError } from '../../api/client';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { InviteForm } from './InviteForm';
import { useTeamT } from './messages';
import { ROLES } from './roles';
import { useChangeMemberRole } from './useChangeMemberRole';
import { useMembers } from './useMembers';
import { useRemoveMember } from './useRemoveMember';
import { useTeamFieldMessage } from './useTeamFieldMessage';

interface MembersSectionProps {
  workspaceId: string;
  myUserId: string;
  isOwner: boolean;
}

/** Members and their roles; owners change roles, remove people and invite new ones. */
export function MembersSection({ workspaceId, myUserId, isOwner }: MembersSectionProps) {
  const t = useTeamT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const members = useMembers(workspaceId);
  const changeRole = useChangeMemberRole(workspaceId);
  const remove = useRemoveMember(workspaceId);
  const teamMessage = useTeamFieldMessage();
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});

  const refusal = (error: unknown) =>
    isApiError(error) && error.code === 'conflict'
      ? (teamMessage(error.message) ?? errorMessage(shellT, error))
      : errorMessage(shellT, error);
  const setRowError = (userId: string, text: string | null) =>
    setRowErrors((all) => {
      const next = { ...all };
      if (text) next[userId] = text;
      else delete next[userId];
      return next;
    });

  const onRole = (member: Member, role: Role) => {
    setRowError(member.userId, null);
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () =>
          toast.success(
            t('members.roleChanged', { name: member.name, role: shellT(`header.roles.${role}`) }),
          ),
        onError: (error) => {
          const text = refusal(error);
          setRowError(member.userId, text);
          toast.error(text);
        },
      },
    );
  };
  const onRemove = (member: Member) => {
    if (!window.confirm(t('members.confirmRemove', { name: member.name }))) return;
    setRowError(member.userId, null);
    remove.mutate(member.userId, {
      onSuccess: () => toast.success(t('members.removed', { name: member.name })),
      onError: (error) => {
        const text = refusal(error);
        setRowError(member.userId, text);
        toast.error(text);
      },
    });
  };

  return (
    <section className="panel team-section" aria-labelledby="team-members-title">
      <h2 id="team-members-title">{t('members.title')}</h2>
      {members.isPending && <Loading />}
      {members.isError && <LoadError error={members.error} onRetry={() => void members.refetch()} />}
      {members.data && (
        <div className="team-table-scroll">
          <table className="table" data-testid="member-list">
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.joined')}</th>
                {isOwner && (
                  <th scope="col">
                    <span className="visually-hidden">{t('members.remove')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.data.map((member) => {
                const error = rowErrors[member.userId];
                const errorId = `member-error-${member.userId}`;
                return (
                  <tr key={member.userId} data-testid="member-row">
                    <th scope="row">
                      {member.name}{' '}
                      {member.userId === myUserId && <span className="muted">{t('members.you')}</span>}
                    </th>
                    <td className="team-email">{member.email}</td>
                    <td>
                      {isOwner ? (
                        <div className={error ? 'field-invalid' : undefined}>
                          <select
                            value={member.role}
                            aria-label={t('members.roleOf', { name: member.name })}
                            aria-invalid={Boolean(error)}
                            aria-describedby={error ? errorId : undefined}
                            onChange={(e) => onRole(member, e.target.value as Role)}
                          >
                            {ROLES.map((role) => (
                              <option key={role} value={role}>
                                {shellT(`header.roles.${role}`)}
                              </option>
                            ))}
                          </select>
                        </div>
                      ) : (
                        shellT(`header.roles.${member.role}`)
                      )}
                      {error && (
                        <p className="field-error" id={errorId} role="alert" data-testid="member-error">
                          {error}
                        </p>
                      )}
                    </td>
                    <td>{format.date(member.joinedAt)}</td>
                    {isOwner && (
                      <td>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => onRemove(member)}
                          aria-label={t('members.removeNamed', { name: member.name })}
                          aria-describedby={error ? errorId : undefined}
                        >
                          {t('members.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ul className="team-role-hints">
        {ROLES.map((role) => (
          <li key={role}>{t(`roleHints.${role}`)}</li>
        ))}
      </ul>
      {isOwner && <InviteForm workspaceId={workspaceId} />}
    </section>
  );
}
