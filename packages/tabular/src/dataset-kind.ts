/** The kinds of data a plant imports and the fields each one has. */

/** What a file holds: sales history, the item master, or machine telemetry. */
export type DatasetKind = 'sales' | 'items' | 'telemetry';

/** Every dataset kind, for argument checks and UIs. */
export const DATASET_KINDS: readonly DatasetKind[] = ['sales', 'items', 'telemetry'];

/** One field of a dataset kind. `required` fields must be mapped and filled in every row. */
export type FieldSpec = { name: string; required: boolean; labelZh: string };

const SALES: readonly FieldSpec[] = [
  { name: 'sku', required: true, labelZh: '物料编码' },
  { name: 'date', required: true, labelZh: '日期' },
  { name: 'quantity', required: true, labelZh: '数量' },
  { name: 'promotion', required: false, labelZh: '促销' },
  { name: 'price', required: false, labelZh: '价格' },
];

const ITEMS: readonly FieldSpec[] = [
  { name: 'sku', required: true, labelZh: '物料编码' },
  { name: 'name', required: false, labelZh: '名称' },
  { name: 'category', required: false, labelZh: '类别' },
  { name: 'unit_cost', required: true, labelZh: '单位成本' },
  { name: 'price', required: false, labelZh: '价格' },
  { name: 'supplier', required: false, labelZh: '供应商' },
  { name: 'lead_time_days', required: true, labelZh: '提前期(天)' },
  { name: 'moq', required: false, labelZh: '最小订购量' },
  { name: 'pack_size', required: false, labelZh: '包装量' },
  { name: 'on_hand', required: false, labelZh: '现有库存' },
  { name: 'on_order', required: false, labelZh: '在途数量' },
  { name: 'order_cost', required: false, labelZh: '订货成本' },
  { name: 'holding_rate', required: false, labelZh: '年持有成本率' },
];

/**
 * `tag` and `value` are required in long format only; without both the file is read as wide format.
 * `date` is for exports that split the calendar date and the time of day into two columns.
 */
const TELEMETRY: readonly FieldSpec[] = [
  { name: 'timestamp', required: true, labelZh: '时间' },
  { name: 'date', required: false, labelZh: '日期' },
  { name: 'machine', required: true, labelZh: '设备' },
  { name: 'tag', required: false, labelZh: '测点' },
  { name: 'value', required: false, labelZh: '数值' },
  { name: 'unit', required: false, labelZh: '单位' },
];

/** The fields of `kind`, in canonical order. */
export function fieldsOf(kind: DatasetKind): readonly FieldSpec[] {
  switch (kind) {
    case 'sales':
      return SALES;
    case 'items':
      return ITEMS;
    case 'telemetry':
      return TELEMETRY;
  }
}

/** The Chinese label of a field, or of a compound key such as `sku + date` (the name itself when unknown). */
export function fieldLabelZh(kind: DatasetKind, field: string): string {
  return field
    .split(' + ')
    .map((part) => fieldsOf(kind).find((f) => f.name === part)?.labelZh ?? part)
    .join(' + ');
}
