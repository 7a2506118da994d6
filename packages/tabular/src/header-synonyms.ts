/** Header names, Chinese and English, that people use for each field. */
import type { DatasetKind } from './dataset-kind.ts';

const SKU = [
  'sku',
  'sku id',
  'sku code',
  '物料编码',
  '物料号',
  '物料代码',
  '料号',
  '商品编码',
  '产品编码',
  '存货编码',
  '货号',
  '编码',
  'item',
  'item code',
  'item id',
  'item no',
  'item number',
  'part',
  'part no',
  'part number',
  'partno',
  'product code',
  'material',
  'material code',
];
const PRICE = [
  'price',
  'unit price',
  'sales price',
  'selling price',
  'sell price',
  '价格',
  '单价',
  '售价',
  '销售单价',
  '销售价',
];

const SALES: Record<string, readonly string[]> = {
  sku: SKU,
  date: [
    'date',
    'day',
    'sales date',
    'order date',
    'ship date',
    '日期',
    '销售日期',
    '出库日期',
    '单据日期',
    '发货日期',
    '订单日期',
  ],
  quantity: [
    'quantity',
    'qty',
    'demand',
    'sales',
    'units',
    'sold',
    'sales qty',
    'sales quantity',
    '数量',
    '销量',
    '出库数量',
    '销售数量',
    '需求',
    '需求量',
    '发货数量',
  ],
  promotion: ['promotion', 'promo', 'on promotion', 'is promotion', '促销', '是否促销', '活动'],
  price: PRICE,
};

const ITEMS: Record<string, readonly string[]> = {
  sku: SKU,
  name: [
    'name',
    'item name',
    'product name',
    'description',
    'desc',
    '名称',
    '物料名称',
    '品名',
    '商品名称',
    '产品名称',
    '描述',
  ],
  category: [
    'category',
    'class',
    'group',
    'item group',
    'family',
    '类别',
    '分类',
    '品类',
    '物料类别',
    '物料分类',
  ],
  unit_cost: [
    'unit cost',
    'cost',
    'unit_cost',
    'purchase price',
    'standard cost',
    '单位成本',
    '成本',
    '单位成本价',
    '采购价',
    '采购单价',
    '标准成本',
  ],
  price: PRICE,
  supplier: ['supplier', 'vendor', 'supplier name', '供应商', '供货商', '供应商名称'],
  lead_time_days: [
    'lead time',
    'lead time days',
    'leadtime',
    'lead_time_days',
    'lt',
    '提前期',
    '交期',
    '采购提前期',
    '提前期天',
    '交货期',
  ],
  moq: [
    'moq',
    'min order qty',
    'minimum order quantity',
    'min order quantity',
    '最小订购量',
    '最小起订量',
    '起订量',
    '最小采购量',
  ],
  pack_size: [
    'pack size',
    'pack qty',
    'case size',
    'package size',
    'pack',
    '包装量',
    '包装数量',
    '每箱数量',
    '装箱数',
    '包装规格数量',
  ],
  on_hand: [
    'on hand',
    'on_hand',
    'stock',
    'inventory',
    'qty on hand',
    'stock on hand',
    '库存',
    '现有库存',
    '当前库存',
    '库存数量',
    '在库',
    '在库数量',
  ],
  on_order: [
    'on order',
    'on_order',
    'open po',
    'in transit',
    'open order qty',
    '在途',
    '在途数量',
    '已订购',
    '在途库存',
    '已下单',
  ],
  order_cost: [
    'order cost',
    'ordering cost',
    'cost per order',
    'setup cost',
    'fixed order cost',
    '订货成本',
    '每次订货费用',
    '订货费用',
    '每次订货成本',
    '订购成本',
    '采购订单成本',
  ],
  holding_rate: [
    'holding rate',
    'holding cost rate',
    'annual holding rate',
    'carrying rate',
    'carrying cost rate',
    'inventory carrying rate',
    '年持有成本率',
    '库存持有费率',
    '持有成本率',
    '库存持有成本率',
    '持有费率',
    '年库存持有费率',
  ],
};

const TELEMETRY: Record<string, readonly string[]> = {
  timestamp: [
    'timestamp',
    'time',
    'ts',
    'datetime',
    'date time',
    'time stamp',
    '时间',
    '时间戳',
    '采集时间',
    '日期时间',
    '记录时间',
  ],
  date: ['date', 'day', '日期', '采集日期', '记录日期'],
  machine: [
    'machine',
    'machine id',
    'device',
    'device id',
    'equipment',
    'asset',
    '设备',
    '机台',
    '设备编号',
    '设备名称',
    '机器',
    '设备号',
  ],
  tag: [
    'tag',
    'signal',
    'sensor',
    'metric',
    'variable',
    'point',
    'tag name',
    '测点',
    '位号',
    '点位',
    '变量',
    '参数',
    '测点名称',
  ],
  value: ['value', 'reading', 'val', 'measurement', '值', '数值', '测量值', '读数'],
  unit: ['unit', 'uom', 'units of measure', '单位', '计量单位'],
};

/**
 * Canonical form for matching: NFKC (full-width to ASCII), lower case, text in (), （）, [] removed
 * (units such as `数量(件)`), and spaces, underscores, hyphens and dots dropped.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s_\-.:#/]/g, '');
}

const indexes = new Map<DatasetKind, Map<string, string>>();

/** Normalised synonym → field name for one dataset kind. */
export function synonymIndex(kind: DatasetKind): Map<string, string> {
  let index = indexes.get(kind);
  if (index === undefined) {
    const table = kind === 'sales' ? SALES : kind === 'items' ? ITEMS : TELEMETRY;
    index = new Map();
    for (const [field, names] of Object.entries(table)) {
      index.set(normalizeHeader(field), field);
      for (const name of names) index.set(normalizeHeader(name), field);
    }
    indexes.set(kind, index);
  }
  return index;
}
