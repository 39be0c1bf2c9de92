import { Form, Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { type Option, SelectField, TextField } from './fields.tsx';
import { useTranslator } from './i18n.tsx';
import { TableScroll } from './table-scroll.tsx';

/** One column of a list: its heading (translated) and what each row shows in it. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

type RowAttributes = { className?: string | undefined } & Record<`data-${string}`, string>;

interface ListTableProps<Row> {
  /** The caption gets the id `<id>-caption`; it names the scrolling region too. */
  id: string;
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  rowAttributes?: (row: Row) => RowAttributes;
  /** Said instead of an empty table; without it an empty list shows nothing. */
  empty?: { text: string; tone: 'muted' | 'notice' };
}

/**
 * A list as a table: the first cell of each row heads the row, so a screen reader names
 * every other cell by it (the person, the key, the line).
 */
export function ListTable<Row>({
  id,
  caption,
  columns,
  rows,
  rowKey,
  rowAttributes,
  empty,
}: ListTableProps<Row>) {
  if (rows.length === 0) return empty ? <p className={empty.tone}>{empty.text}</p> : null;
  const captionId = `${id}-caption`;
  return (
    <TableScroll labelledBy={captionId}>
      <table>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowAttributes?.(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.header} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

interface FilterFormProps {
  /** The filters in force; when any is set, a link back to the whole list appears. */
  filters: Readonly<Record<string, string | undefined>>;
  /** The list without filters. */
  resetTo: string;
  children: ReactNode;
}

/** Filters sent with GET, so a filtered list has an address to bookmark and share. */
export function FilterForm({ filters, resetTo, children }: FilterFormProps) {
  const { t } = useTranslator();
  const filtered = Object.values(filters).some(Boolean);
  return (
    <Form method="get" className="panel filter-form" role="search">
      {children}
      <div className="actions">
        <button type="submit" className="button">
          {t('pipeline.apply')}
        </button>
        {filtered ? (
          <Link to={resetTo} className="button button--quiet">
            {t('pipeline.reset')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

interface FilterSelectProps {
  name: string;
  label: string;
  options: readonly Option[];
  value: string | undefined;
}

/** A choice that narrows the list; its first option, "all", leaves it whole. */
export function FilterSelect({ name, label, options, value }: FilterSelectProps) {
  const { t } = useTranslator();
  return (
    <SelectField
      name={name}
      label={label}
      options={[{ value: '', label: t('pipeline.all') }, ...options]}
      defaultValue={value ?? ''}
    />
  );
}

/** Free text to look for, sent as `q`. */
export function SearchFilter({ value }: { value: string | undefined }) {
  const { t } = useTranslator();
  return (
    <TextField name="q" type="search" label={t('pipeline.search')} defaultValue={value ?? ''} />
  );
}
