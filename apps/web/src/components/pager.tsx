/** Previous / next buttons under a paged table, with a line saying where in the list the page is. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A pager for any paging scheme: the caller says where it stands and what the buttons do. */
export function Pager(props: {
  readonly position: string;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <div className="pager">
      <span className="muted">{props.position}</span>
      <button type="button" className="button" disabled={!props.hasPrevious} onClick={props.onPrevious}>
        {t.common.previous}
      </button>
      <button type="button" className="button" disabled={!props.hasNext} onClick={props.onNext}>
        {t.common.next}
      </button>
    </div>
  );
}

/** A pager over rows `offset`… of `total`, `pageSize` at a time ("1–50 of 307"). */
export function OffsetPager(props: {
  readonly offset: number;
  readonly pageSize: number;
  /** Rows on the page shown. */
  readonly shown: number;
  readonly total: number;
  readonly onOffset: (offset: number) => void;
}): ReactNode {
  const { t, fill } = useI18n();
  const { offset, pageSize, total, onOffset } = props;
  return (
    <Pager
      position={fill(t.common.range, { from: offset + 1, to: offset + props.shown, total })}
      hasPrevious={offset > 0}
      hasNext={offset + pageSize < total}
      onPrevious={() => onOffset(Math.max(0, offset - pageSize))}
      onNext={() => onOffset(offset + pageSize)}
    />
  );
}
