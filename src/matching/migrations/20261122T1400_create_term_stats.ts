// SPDX-License-Identifier: EUPL-1.2
import { sql, type Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/**
 * Document frequencies of the analysed terms in pilots.search_terms, for the IDF weights of "similar pilots".
 *
 * Why a table kept by triggers: matching needs the document frequency of a few hundred terms per request.
 * Counting them at query time does not scale (FTS5's fts5vocab reads each term's whole posting list, ~0.3 ms per
 * term at 100,000 pilots; PostgreSQL's ts_stat reads every document). A primary-key look-up per term does.
 * The row with the empty term holds the number of documents. Drafts and hidden pilots count too: IDF only needs
 * how common a word is in pilot texts, not what is listed.
 *
 * search_terms is space-separated lowercase letters and digits (src/search/text), so splitting on spaces gives
 * exactly the tokens both full-text indexes see. The triggers never fail a write to pilots: SQLite skips a value
 * that does not form valid JSON (it cannot happen with analysed terms) instead of raising an error.
 */
export const createTermStats: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    if (kind === 'postgres') await createForPostgres(db);
    else await createForSqlite(db);
  },
};

// SQLite triggers may not use WITH, but may use the json_each table function: '["a","b"]' from 'a b'.
const sqliteTerms = (row: 'new' | 'old') => {
  const json = `'["' || replace(trim(${row}.search_terms), ' ', '","') || '"]'`;
  return `select distinct value from json_each(case when json_valid(${json}) then ${json} else '[]' end) where value <> ''`;
};

async function createForSqlite(db: Kysely<any>): Promise<void> {
  await sql`create table term_stats (term text primary key, doc_count integer not null) without rowid`.execute(db);
  const add = (row: 'new' | 'old', delta: 1 | -1) => `
    insert into term_stats (term, doc_count) select value, ${delta} from (${sqliteTerms(row)}) where true
      on conflict (term) do update set doc_count = doc_count + (${delta});
    insert into term_stats (term, doc_count) values ('', ${delta}) on conflict (term) do update set doc_count = doc_count + (${delta});`;
  await sql.raw(`create trigger term_stats_insert after insert on pilots begin ${add('new', 1)} end`).execute(db);
  await sql.raw(`create trigger term_stats_delete after delete on pilots begin ${add('old', -1)} end`).execute(db);
  await sql
    .raw(
      `create trigger term_stats_update after update of search_terms on pilots when old.search_terms is not new.search_terms begin
        ${add('old', -1)}
        ${add('new', 1)}
      end`,
    )
    .execute(db);
  // Pilots that exist before this migration.
  await sql
    .raw(
      `insert into term_stats (term, doc_count)
        select j.value, count(distinct p.id) from pilots p, json_each('["' || replace(trim(p.search_terms), ' ', '","') || '"]') j
        where j.value <> '' and json_valid('["' || replace(trim(p.search_terms), ' ', '","') || '"]') group by j.value`,
    )
    .execute(db);
  await sql`insert into term_stats (term, doc_count) select '', count(*) from pilots`.execute(db);
}

async function createForPostgres(db: Kysely<any>): Promise<void> {
  await sql`create table term_stats (term text primary key, doc_count integer not null)`.execute(db);
  // Inserts are counted per statement (imports insert hundreds of pilots in one statement: one upsert per term,
  // not per pilot and term). Rows are upserted in term order, so concurrent writers lock them in the same order.
  await sql`
    create function term_stats_after_insert() returns trigger language plpgsql as $$
    begin
      insert into term_stats (term, doc_count)
        select term, count(*) from (
          select distinct n.id, t.term from inserted n, unnest(string_to_array(n.search_terms, ' ')) as t(term) where t.term <> ''
        ) per_pilot group by term order by term
        on conflict (term) do update set doc_count = term_stats.doc_count + excluded.doc_count;
      insert into term_stats (term, doc_count) select '', count(*) from inserted
        on conflict (term) do update set doc_count = term_stats.doc_count + excluded.doc_count;
      return null;
    end $$`.execute(db);
  await sql`create trigger term_stats_insert after insert on pilots referencing new table as inserted for each statement execute function term_stats_after_insert()`.execute(db);
  // Updates and deletes of search_terms are rare and come one pilot at a time: a row trigger that fires only
  // when the terms really changed (not on the frequent count updates).
  await sql`
    create function term_stats_apply(old_terms text, new_terms text) returns void language sql as $$
      insert into term_stats (term, doc_count)
        select term, sum(delta) from (
          select distinct t.term, -1 as delta from unnest(string_to_array(coalesce(old_terms, ''), ' ')) as t(term) where t.term <> ''
          union all
          select distinct t.term, 1 as delta from unnest(string_to_array(coalesce(new_terms, ''), ' ')) as t(term) where t.term <> ''
        ) changes group by term having sum(delta) <> 0 order by term
        on conflict (term) do update set doc_count = term_stats.doc_count + excluded.doc_count;
    $$`.execute(db);
  await sql`
    create function term_stats_after_change() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        perform term_stats_apply(old.search_terms, null);
        update term_stats set doc_count = doc_count - 1 where term = '';
      else
        perform term_stats_apply(old.search_terms, new.search_terms);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger term_stats_update after update of search_terms on pilots for each row
    when (old.search_terms is distinct from new.search_terms) execute function term_stats_after_change()`.execute(db);
  await sql`create trigger term_stats_delete after delete on pilots for each row execute function term_stats_after_change()`.execute(db);
  await sql`
    insert into term_stats (term, doc_count)
      select term, count(*) from (
        select distinct p.id, t.term from pilots p, unnest(string_to_array(p.search_terms, ' ')) as t(term) where t.term <> ''
      ) per_pilot group by term`.execute(db);
  await sql`insert into term_stats (term, doc_count) select '', count(*) from pilots`.execute(db);
}
