/** A profile as the alias rule sees it. */
export interface AliasProfile {
  id: string;
  userId: string | null;
}

export type AliasDecision =
  /** The previous id is unknown, or both ids are one profile already: the identity rules suffice. */
  | { kind: 'nothing' }
  /** The user id is new: it joins the previous id's known profile (which keeps its own user id). */
  | { kind: 'join'; profileId: string }
  /** Two profiles: `from` (the previous id's) is merged into `into` (the user id's), which survives. */
  | { kind: 'merge'; from: string; into: string };

/**
 * What a Segment `alias` (`userId` = the id from now on, `previousId` = the one before) does to the
 * profiles. An alias is the sender's explicit statement that both ids are one person, so unlike the
 * automatic identity rules it merges two profiles that carry different user ids. The profile of the
 * user id survives (it is the id the sender uses from now on); the previous id's profile is merged into
 * it as by `mergeProfileStates` (the survivor's values win a conflict) and its events, identities and
 * mailings move. When the user id has no profile yet it joins the previous one's; when the previous id is
 * unknown or anonymous, the ordinary identity rules apply (an anonymous profile is merged anyway).
 *
 * @example
 * decideAlias({ user: { id: 'p1', userId: 'new' }, previous: { id: 'p2', userId: 'old' } })
 * // { kind: 'merge', from: 'p2', into: 'p1' }
 * decideAlias({ user: undefined, previous: { id: 'p2', userId: 'old' } })
 * // { kind: 'join', profileId: 'p2' }
 */
export function decideAlias(profiles: {
  user: AliasProfile | undefined;
  previous: AliasProfile | undefined;
}): AliasDecision {
  const { user, previous } = profiles;
  if (!previous || previous.userId === null) return { kind: 'nothing' };
  if (!user) return { kind: 'join', profileId: previous.id };
  if (user.id === previous.id) return { kind: 'nothing' };
  return { kind: 'merge', from: previous.id, into: user.id };
}
