import { useCustomersT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function CustomersNavLabel() {
  return <>{useCustomersT()('nav')}</>;
}
