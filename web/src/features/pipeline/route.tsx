import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../shell/NotFoundPage';
import { PipelinePage } from './PipelinePage';

/** Loaded lazily by the router: the board, the report and the existing customers. */
export function Component() {
  return (
    <Routes>
      <Route index element={<PipelinePage tab="board" />} />
      <Route path="report" element={<PipelinePage tab="report" />} />
      <Route path="customers" element={<PipelinePage tab="customers" />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
