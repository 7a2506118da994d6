/** Governance: not built yet; says what will come. */
import type { ReactNode } from 'react';
import { BuildingNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The governance page. */
export default function GovernancePage(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="page">
      <h2>{t.governance.title}</h2>
      <BuildingNotice title={t.governance.noticeTitle} body={t.governance.noticeBody} />
    </div>
  );
}
