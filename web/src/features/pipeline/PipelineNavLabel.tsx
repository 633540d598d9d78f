import { usePipelineT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function PipelineNavLabel() {
  return <>{usePipelineT()('nav')}</>;
}
