import { usePathsT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function PathsNavLabel() {
  return <>{usePathsT()('nav')}</>;
}
