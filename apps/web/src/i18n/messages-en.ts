/** English messages; the shape of this object is the shape every dictionary must have. */
import { alarmsEn, connectorsEn, equipmentEn } from './equipment-messages.ts';
import { forecastEn } from './forecast-messages.ts';
import { replenishmentEn } from './replenishment-messages.ts';

/** Widens every string literal to `string`, so other languages can fill the same shape. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const english = {
  app: {
    product: '智造 zhizao',
    tagline: 'AI platform for manufacturers',
    language: 'Language',
    signedInAs: 'Signed in as {user}',
    localAccess: 'Local access',
    signOut: 'Sign out',
  },
  nav: {
    overview: 'Overview',
    demand: 'Demand & inventory',
    replenishment: 'Replenishment',
    equipment: 'Equipment',
    quality: 'Quality',
    data: 'Data',
    governance: 'Governance',
  },
  common: {
    loading: 'Loading…',
    loadFailed: 'Could not load data: {message}',
    retry: 'Retry',
    cancel: 'Cancel',
    previous: 'Previous',
    next: 'Next',
    range: '{from}–{to} of {total}',
    noData: 'No data yet. Import files on the Data page or load the demo plant.',
    inProgress: 'Being built',
  },
  demo: {
    banner: 'DEMO DATA — this dashboard shows a generated demo plant, not your data.',
    remove: 'Remove demo data',
    confirmTitle: 'Remove the demo data?',
    confirmBody: 'All demo items, sales, machines and telemetry will be deleted. Your imported data is kept.',
    confirm: 'Remove',
    removing: 'Removing…',
    seed: 'Load the demo plant',
    stages: {
      starting: 'starting',
      items: 'item master',
      sales: 'sales history',
      telemetry: 'machine telemetry',
    },
    seedFailed: 'Could not load the demo plant: {message}',
    removeFailed: 'Could not remove the demo data: {message}',
    seeding: 'Loading the demo plant: {stage} ({percent})',
  },
  overview: {
    title: 'Overview',
    salesRange: 'Sales from {from} to {to}',
    kpiSkus: 'SKUs',
    kpiSalesRows: 'Sales records',
    kpiMachines: 'Machines',
    kpiTags: 'Sensor tags',
    kpiTelemetry: 'Telemetry points',
    kpiInventoryValue: 'Inventory value',
    monthlySales: 'Monthly sales',
    quantity: 'Quantity',
    revenue: 'Revenue',
    topSkus: 'Top 10 SKUs by revenue',
    inventoryByCategory: 'Inventory value by category',
  },
  demand: {
    title: 'Demand & inventory',
    search: 'Search SKU, name, category or supplier',
    sku: 'SKU',
    name: 'Name',
    category: 'Category',
    unitCost: 'Unit cost',
    price: 'Price',
    supplier: 'Supplier',
    leadTime: 'Lead time (days)',
    onHand: 'On hand',
    onOrder: 'On order',
    noItems: 'No items match.',
    pickSku: 'Click a SKU to see its forecast and daily sales history.',
    salesHistory: 'Daily sales of {sku}',
    noSales: 'No sales recorded for {sku}.',
    quantity: 'Quantity',
    promotion: 'Promotion',
    noticeTitle: 'Replenishment planning is being built',
    noticeBody:
      'Safety stock, reorder points and order suggestions per SKU will appear here, computed from the forecasts above. No numbers are shown until they are computed from your data.',
  },
  equipment: equipmentEn,
  alarms: alarmsEn,
  connectors: connectorsEn,
  forecast: forecastEn,
  replenishment: replenishmentEn,
  quality: {
    title: 'Quality',
    noticeTitle: 'Not built yet',
    noticeBody:
      'Statistical process control charts, capability indices and defect analysis by line and machine will appear here once quality measurements can be imported.',
  },
  governance: {
    title: 'Governance',
    noticeTitle: 'Not built yet',
    noticeBody:
      'Users and roles, API tokens, an audit log of imports and changes, and a record of every model behind a number will appear here.',
  },
  data: {
    title: 'Data',
    importTitle: 'Import a file',
    kind: 'Data set',
    kindSales: 'Sales',
    kindItems: 'Item master',
    kindTelemetry: 'Telemetry',
    file: 'File (.csv or .xlsx)',
    upload: 'Upload',
    uploading: 'Uploading…',
    imported: 'Imported {rows} rows from {file} in {seconds} s.',
    alreadyImported: '{file} was already imported; nothing changed.',
    rejected: '{file} was not imported: {count} problems in {rows} rows. Fix them and upload again.',
    failed: 'Upload failed: {message}',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    reason: 'Reason',
    moreProblems: '{count} more problems',
    historyTitle: 'Import history',
    noHistory: 'Nothing imported yet.',
    importedAt: 'Imported at',
    importedBy: 'By',
    rows: 'Rows',
    fileName: 'File',
  },
  signIn: {
    title: 'Sign in to 智造 zhizao',
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Sign-in failed: {message}',
  },
} as const;

/** The shape every dictionary has; a missing or extra key is a type error. */
export type Messages = Widen<typeof english>;

/** The English dictionary. */
export const messagesEn: Messages = english;
