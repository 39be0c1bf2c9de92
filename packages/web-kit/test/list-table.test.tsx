import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Column, ListTable } from '../src/list-table.tsx';

interface Person {
  id: string;
  name: string;
  city: string;
}

const columns: Column<Person>[] = [
  { header: 'Name', cell: (person) => person.name },
  { header: 'City', cell: (person) => <em>{person.city}</em> },
];

const people: Person[] = [
  { id: 'a', name: 'Ana', city: 'Gent' },
  { id: 'b', name: 'Bram', city: 'Luik' },
];

describe('ListTable', () => {
  it('heads each row with its first cell, in a captioned table that names its scrolling region', () => {
    const html = renderToStaticMarkup(
      <ListTable
        id="people"
        caption="People"
        columns={columns}
        rows={people}
        rowKey={(p) => p.id}
      />,
    );
    expect(html).toContain(
      '<section class="table-scroll" tabindex="0" aria-labelledby="people-caption">',
    );
    expect(html).toContain('<caption id="people-caption" class="visually-hidden">People</caption>');
    expect(html).toContain(
      '<thead><tr><th scope="col">Name</th><th scope="col">City</th></tr></thead>',
    );
    expect(html).toContain('<tr><th scope="row">Ana</th><td><em>Gent</em></td></tr>');
    expect(html).toContain('<tr><th scope="row">Bram</th><td><em>Luik</em></td></tr>');
    expect(html).not.toContain('<td>Ana</td>');
  });

  it('puts the attributes a row asks for on it', () => {
    const html = renderToStaticMarkup(
      <ListTable
        id="people"
        caption="People"
        columns={columns}
        rows={people}
        rowKey={(p) => p.id}
        rowAttributes={(p) => ({
          className: p.id === 'b' ? 'row--invalid' : undefined,
          'data-person': p.id,
        })}
      />,
    );
    expect(html).toContain('<tr data-person="a"><th scope="row">Ana</th>');
    expect(html).toContain('<tr class="row--invalid" data-person="b"><th scope="row">Bram</th>');
  });

  it('says the empty message instead of an empty table', () => {
    const html = renderToStaticMarkup(
      <ListTable
        id="people"
        caption="People"
        columns={columns}
        rows={[]}
        rowKey={(p) => p.id}
        empty={{ text: 'Nobody yet.', tone: 'notice' }}
      />,
    );
    expect(html).toBe('<p class="notice">Nobody yet.</p>');
  });

  it('shows nothing for an empty list without a message', () => {
    const html = renderToStaticMarkup(
      <ListTable id="people" caption="People" columns={columns} rows={[]} rowKey={(p) => p.id} />,
    );
    expect(html).toBe('');
  });
});
