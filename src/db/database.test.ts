// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { withStatementCache } from './database.js';

describe('the SQLite statement cache', () => {
  const open = (size?: number) => {
    const raw = new SQLite(':memory:');
    raw.exec('create table items (id integer primary key, name text not null)');
    return { raw, cached: withStatementCache(raw, size) };
  };

  it('hands out the same prepared statement for the same SQL, with fresh results after writes', () => {
    const { cached } = open();
    const select = 'select name from items order by id';
    const first = cached.prepare(select);
    assert.deepEqual(first.all([]), []);
    cached.prepare('insert into items (name) values (?)').run(['een']);
    const second = cached.prepare(select);
    assert.equal(second, first);
    assert.deepEqual(second.all([]), [{ name: 'een' }]);
  });

  it('never hands out a statement that is still being iterated', () => {
    const { cached } = open();
    const insert = cached.prepare('insert into items (name) values (?)');
    for (const name of ['een', 'twee']) insert.run([name]);
    const select = 'select name from items order by id';
    const iterating = cached.prepare(select);
    const rows = iterating.iterate([]);
    assert.deepEqual(rows.next().value, { name: 'een' });
    const meanwhile = cached.prepare(select);
    assert.notEqual(meanwhile, iterating);
    assert.deepEqual(meanwhile.all([]), [{ name: 'een' }, { name: 'twee' }]);
    assert.deepEqual(rows.next().value, { name: 'twee' });
  });

  it('keeps at most `size` statements, dropping the least recently used', () => {
    const { cached } = open(2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    assert.equal(cached.prepare('select 1'), a); // "select 2" is now the least recently used
    cached.prepare('select 3');
    assert.equal(cached.prepare('select 1'), a);
    assert.notEqual(cached.prepare('select 2'), b);
  });

  it('sees schema changes (SQLite prepares a cached statement again itself)', () => {
    const { cached } = open();
    const select = 'select * from items';
    cached.prepare(select).all([]);
    cached.prepare('alter table items add column note text').run([]);
    cached.prepare('insert into items (name, note) values (?, ?)').run(['een', 'erbij']);
    assert.deepEqual(cached.prepare(select).all([]), [{ id: 1, name: 'een', note: 'erbij' }]);
  });
});
