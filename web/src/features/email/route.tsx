import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../shell/NotFoundPage';
import './email.css';
import { EmailPage } from './EmailPage';
import { MailingEditorPage } from './MailingEditorPage';
import { MailingKpiPage } from './MailingKpiPage';

/** Loaded lazily by the router: overview, editor and a mailing's KPIs. */
export function Component() {
  return (
    <Routes>
      <Route index element={<EmailPage />} />
      <Route path="new" element={<MailingEditorPage />} />
      <Route path=":id" element={<MailingEditorPage />} />
      <Route path=":id/kpis" element={<MailingKpiPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
