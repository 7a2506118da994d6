/** A row of tabs switching between the views of one page. */
import type { ReactNode } from 'react';

/** One tab. */
export interface Tab<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

/** Props of Tabs. */
export interface TabsProps<Id extends string> {
  readonly tabs: readonly Tab<Id>[];
  readonly current: Id;
  readonly onChange: (id: Id) => void;
}

/** Buttons with role "tab"; each has the test id `tab-<id>`. */
export function Tabs<Id extends string>(props: TabsProps<Id>): ReactNode {
  return (
    <div className="tabs" role="tablist">
      {props.tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === props.current}
          className={tab.id === props.current ? 'tab active' : 'tab'}
          onClick={() => props.onChange(tab.id)}
          data-testid={`tab-${tab.id}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
