/** Quality: not built yet; says what will come. */
import type { ReactNode } from 'react';
import { BuildingNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The quality page. */
export default function QualityPage(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="page">
      <h2>{t.quality.title}</h2>
      <BuildingNotice title={t.quality.noticeTitle} body={t.quality.noticeBody} />
    </div>
  );
}
