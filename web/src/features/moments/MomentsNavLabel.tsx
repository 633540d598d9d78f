import { useMomentsT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function MomentsNavLabel() {
  return <>{useMomentsT()('nav')}</>;
}
