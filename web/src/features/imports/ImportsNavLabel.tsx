import { useImportsT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function ImportsNavLabel() {
  return <>{useImportsT()('nav')}</>;
}
