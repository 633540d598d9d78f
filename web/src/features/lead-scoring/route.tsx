import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../shell/NotFoundPage';
import { LeadScoringSettingsPage } from './LeadScoringSettingsPage';
import { LeadsPage } from './LeadsPage';

/** Loaded lazily by the router: the leads list and the lead-scoring settings. */
export function Component() {
  return (
    <Routes>
      <Route index element={<LeadsPage />} />
      <Route path="settings" element={<LeadScoringSettingsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
