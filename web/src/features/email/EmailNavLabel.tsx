import { useEmailT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function EmailNavLabel() {
  return <>{useEmailT()('nav')}</>;
}
