/** Data: import files and see what was imported. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ImportForm } from './import-form.tsx';
import { ImportHistoryTable } from './import-history.tsx';

/** The data page. */
export default function DataPage(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="page">
      <h2>{t.data.title}</h2>
      <ImportForm />
      <ImportHistoryTable />
    </div>
  );
}
