// SPDX-License-Identifier: EUPL-1.2
import { sql, type Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

/** Gate decisions per pilot; the history is read newest first, so the index ends with the decision time. */
export const createGateDecisions: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    let table = withIntegerId(db.schema.createTable('gate_decisions'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('decision', 'text', (c) => c.notNull().check(sqlIn('decision', ['go', 'go_back', 'hold', 'no_go'])))
      .addColumn('from_phase', 'text', (c) => c.notNull())
      .addColumn('to_phase', 'text', (c) => c.notNull());
    for (const indicator of ['public_value', 'use_value', 'technical_approach', 'cost']) {
      table = table
        .addColumn(`${indicator}_score`, 'integer', (c) => c.notNull())
        .addColumn(`${indicator}_note`, 'text', (c) => c.notNull());
    }
    await table
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('decided_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('decided_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('gate_decisions_pilot_idx').on('gate_decisions').columns(['pilot_id', 'decided_at']).execute();
  },
};

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
