/** A SKU's planned promotions: list, add and remove day ranges; each change replaces the plan and triggers a refit. */
import type { PlannedPromotionList, PlannedPromotionRange } from '@zhizao/contract';
import { type FormEvent, type ReactNode, useState } from 'react';
import { apiRequest, errorMessage } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { LoadError } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

type Feedback = { readonly kind: 'saved' } | { readonly kind: 'error'; readonly message: string } | null;

function toRanges(list: PlannedPromotionList): PlannedPromotionRange[] {
  return list.items.map((item) =>
    item.note === null ? { from: item.from, to: item.to } : { from: item.from, to: item.to, note: item.note },
  );
}

/** Loads GET /api/forecasts/promotions?sku= and saves with PUT (planner or admin). */
export function PlannedPromotionsCard(props: {
  readonly sku: string;
  readonly onSaved: () => void;
}): ReactNode {
  const { t, fill } = useI18n();
  const plan = useApi<PlannedPromotionList>(`/api/forecasts/promotions?sku=${encodeURIComponent(props.sku)}`);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  async function save(promotions: PlannedPromotionRange[]): Promise<void> {
    setSaving(true);
    setFeedback(null);
    try {
      await apiRequest<PlannedPromotionList>('/api/forecasts/promotions', {
        method: 'PUT',
        body: { sku: props.sku, promotions },
      });
      setFeedback({ kind: 'saved' });
      plan.reload();
      props.onSaved();
    } catch (error) {
      setFeedback({
        kind: 'error',
        message: fill(t.forecast.plannedFailed, { message: errorMessage(error) }),
      });
    } finally {
      setSaving(false);
    }
  }

  function add(event: FormEvent): void {
    event.preventDefault();
    if (plan.data === null || from === '' || to === '') return;
    if (to < from) {
      setFeedback({ kind: 'error', message: t.forecast.plannedOrder });
      return;
    }
    const range: PlannedPromotionRange = note.trim() === '' ? { from, to } : { from, to, note: note.trim() };
    void save([...toRanges(plan.data), range]).then(() => {
      setFrom('');
      setTo('');
      setNote('');
    });
  }

  const ranges = plan.data === null ? [] : toRanges(plan.data);
  return (
    <section className="card" data-testid="planned-promotions">
      <h3>{t.forecast.plannedTitle}</h3>
      <p className="muted">{t.forecast.plannedHint}</p>
      {plan.error !== null && <LoadError error={plan.error} onRetry={plan.reload} />}
      {plan.data !== null && ranges.length === 0 && <p className="muted">{t.forecast.plannedEmpty}</p>}
      {ranges.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>{t.forecast.plannedFrom}</th>
              <th>{t.forecast.plannedTo}</th>
              <th>{t.forecast.plannedNote}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {ranges.map((range, index) => (
              <tr key={`${range.from}|${range.to}|${range.note ?? ''}`} data-testid="planned-promotion-row">
                <td>{range.from}</td>
                <td>{range.to}</td>
                <td>{range.note ?? ''}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={saving}
                    onClick={() => void save(ranges.filter((_, other) => other !== index))}
                  >
                    {t.forecast.plannedRemove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={add}>
        <label className="inline-field">
          {t.forecast.plannedFrom}
          <input
            type="date"
            required
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            data-testid="planned-from"
          />
        </label>
        <label className="inline-field">
          {t.forecast.plannedTo}
          <input
            type="date"
            required
            value={to}
            onChange={(e) => setTo(e.target.value)}
            data-testid="planned-to"
          />
        </label>
        <label className="inline-field">
          {t.forecast.plannedNote}
          <input type="text" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button
          type="submit"
          className="button button-primary"
          disabled={saving || plan.data === null}
          data-testid="planned-add"
        >
          {t.forecast.plannedAdd}
        </button>
      </form>
      {feedback?.kind === 'saved' && (
        <p className="alert alert-success" data-testid="planned-saved">
          {t.forecast.plannedSaved}
        </p>
      )}
      {feedback?.kind === 'error' && <p className="alert alert-error">{feedback.message}</p>}
    </section>
  );
}
