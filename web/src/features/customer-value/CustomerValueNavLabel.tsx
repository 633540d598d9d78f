import { useCustomerValueT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function CustomerValueNavLabel() {
  return <>{useCustomerValueT()('nav')}</>;
}
