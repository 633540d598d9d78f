import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../shell/NotFoundPage';
import { CustomersPage } from './CustomersPage';
import { ProfilePage } from './ProfilePage';

/** Loaded lazily by the router (`lazy: () => import(...)`): the list and one profile. */
export function Component() {
  return (
    <Routes>
      <Route index element={<CustomersPage />} />
      <Route path=":id" element={<ProfilePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
