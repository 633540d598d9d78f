import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../shell/NotFoundPage';
import { AccountPage } from './AccountPage';

/** Loaded lazily by the router: one account's page. */
export function Component() {
  return (
    <Routes>
      <Route path=":companyId" element={<AccountPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
